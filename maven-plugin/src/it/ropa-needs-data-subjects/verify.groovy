def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] policy/versions/2019-03-01.en.yaml:1:1: error: version 2019-03-01 names no groups of people') : log
assert log.contains('[GDPR Art. 30(1)]')
assert log.contains('Plain Policy found 1 error(s) and 0 warning(s)') : log
assert !log.contains('at org.plainpolicy') : 'no stack trace'
assert new File(basedir, 'target/plainpolicy/index.html').exists() : 'the site itself is valid and built'
assert !new File(basedir, 'target/ropa/ropa.csv').exists() : 'nothing written'
