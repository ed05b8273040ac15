def site = new File(basedir, 'target/plainpolicy')
['index.html', 'versions/index.html', 'versions/2018-09-15/index.html', 'changes/2018-09-15/index.html',
 'notices/2018-09-15.txt', 'feed.xml', 'fr/index.html', 'assets/style.css', 'readability/2018-09-15/index.html'].each {
    assert new File(site, it).isFile() : "missing $it"
}
def log = new File(basedir, 'build.log').text
assert log.contains('Plain Policy: 5 version file(s) checked, 0 error(s), 0 warning(s).')
assert log =~ /Plain Policy: wrote 20 pages \(26 files\) to .*plainpolicy/
assert new File(site, 'index.html').text.contains('A new version takes effect on 15 September 2018.')
