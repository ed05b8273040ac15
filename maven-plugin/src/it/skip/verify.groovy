def log = new File(basedir, 'build.log').text
assert log.count('Skipping Plain Policy (plainpolicy.skip is true).') == 2 : 'one line for each goal'
assert !new File(basedir, 'target/plainpolicy').exists()
