// A German-default project builds with the theme's own German words: no messages file of its own.
def log = new File(basedir, 'build.log').text
assert log.contains('Plain Policy: 2 version file(s) checked, 0 error(s), 0 warning(s).') : log
assert log =~ /Plain Policy: wrote 22 files to .*plainpolicy in [0-9.]+ s: 22 rendered, 0 kept as they were/

def site = new File(basedir, 'target/plainpolicy')
['index.html', 'versions/2024-03-01/index.html', 'versions/index.html', 'readability/2024-03-01/index.html',
 'feed.xml', 'en/index.html', 'en/versions/2024-03-01/index.html'].each {
    assert new File(site, it).isFile() : "missing $it"
}

def german = new File(site, 'index.html').getText('UTF-8')
assert german.contains('<html lang="de"')
assert german.contains('<h2 id="summary-title">Auf einen Blick</h2>')
assert german.contains('<h2 id="rights-title">Ihre Rechte</h2>')
assert german.contains('<h2 id="complaint-title">Beschwerde bei einer Aufsichtsbehörde</h2>')
assert german.contains('Gültig seit dem <time datetime="2024-03-01">1. März 2024</time>')
assert german.contains('Recht auf Löschung')
assert german.contains('Hamburgischer Beauftragter für Datenschutz und Informationsfreiheit (HmbBfDI)')
assert german.contains('Ludwig-Erhard-Straße 22, 20459 Hamburg, Deutschland<br>') : 'the address ends in the German name of the country'
['In short', 'Who we are', 'Your rights', 'How to complain', 'Privacy Policy', 'In effect', 'Contents',
 'Data we use', 'Skip to', 'Email:', 'Phone:', 'Germany'].each {
    assert !german.contains(it) : "English theme words on the German page: $it"
}

def english = new File(site, 'en/index.html').getText('UTF-8')
assert english.contains('<html lang="en"')
assert english.contains('In short')
assert english.contains('Ludwig-Erhard-Straße 22, 20459 Hamburg, Germany<br>')
