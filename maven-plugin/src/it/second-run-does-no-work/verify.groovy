def log = new File(basedir, 'build.log').text
assert log.count('Plain Policy: wrote') == 1 : log
assert log.contains('Plain Policy: nothing changed since the last build;')
