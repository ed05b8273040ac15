def site = new File(basedir, 'target/plainpolicy')
['index.html', 'versions/index.html', 'versions/2018-09-15/index.html', 'changes/2018-09-15/index.html',
 'notices/2018-09-15.txt', 'feed.xml', 'fr/index.html', 'de/index.html', 'assets/style.css', 'readability/2018-09-15/index.html',
 // The outputs for machines, written by the goal as by the command line.
 'versions.json', 'versions/2018-09-15/policy.jsonld', 'de/versions/2018-09-15/policy.jsonld', 'fides.yaml',
 'versions/2018-09-15/policy.pdf', 'fr/versions/2018-05-25/policy.pdf'].each {
    assert new File(site, it).isFile() : "missing $it"
}
def log = new File(basedir, 'build.log').text
assert log.contains('Plain Policy: 10 version file(s) checked, 0 error(s), 0 warning(s).')
assert log =~ /Plain Policy: wrote 81 files to .*plainpolicy in [0-9.]+ s: 81 rendered, 0 kept as they were/
assert new File(site, 'index.html').text.contains('A new version takes effect on 15 September 2018.')
