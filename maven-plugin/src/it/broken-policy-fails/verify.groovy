def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] policy/versions/2019-03-01.en.yaml:30:5: error: purpose 'run-account' has no legal basis") : log
assert log.contains('[GDPR Art. 13(1)(c)]')
assert log.contains('Plain Policy found 1 error(s) and 0 warning(s)')
assert !log.contains('at org.plainpolicy') : 'no stack trace'
assert !new File(basedir, 'target/plainpolicy').exists()
