def log = new File(basedir, 'build.log').text
assert log.count('Plain Policy: wrote') == 1 : log
assert log =~ /Plain Policy: nothing changed since the last build \(checked in \d+ ms\); the site in .* is up to date\./ : log
