def log = new File(basedir, 'build.log').text
// The first build names the command for Maven users too.
assert log.contains('has changed since it was published') : log
assert log.contains('mvn plainpolicy:accept -Dplainpolicy.accept=versions/2024-03-01.de.yaml') : log
assert log.contains('Plain Policy: accepted 1 correction(s) in ') : log
def lock = new File(basedir, 'policy/plainpolicy.lock').text
def digest = java.security.MessageDigest.getInstance('SHA-256')
        .digest(new File(basedir, 'policy/versions/2024-03-01.de.yaml').bytes).encodeHex().toString()
assert lock.contains("versions/2024-03-01.de.yaml ${digest}") : lock
assert new File(basedir, 'target/plainpolicy/index.html').text.contains('Hamburg-Altona')
return true
