def log = new File(basedir, 'build.log').text
def ropa = new File(basedir, 'target/ropa')
assert log.contains('Plain Policy: wrote the record of processing of version 2019-03-01 to') : log
assert log.contains('ropa.csv, ropa.xlsx, ropa.html.') : log

def csv = new File(ropa, 'ropa.csv').bytes
assert csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF : 'UTF-8 with a byte order mark'
def text = new String(csv, 'UTF-8')
assert text.contains('"Categories of data subjects (GDPR Art. 30(1)(c))"') : text
assert text.contains('"Run your account"') && text.contains('"Improve the app"') : 'one row per purpose'
assert text.contains('Our customers: The people who have an account.') : text
assert text.split('\r\n').length == 3 : 'a heading row and two purposes'

def xlsx = new File(ropa, 'ropa.xlsx').bytes
assert xlsx[0] == (byte) 'P' && xlsx[1] == (byte) 'K' : 'a workbook is a zip'
assert new File(ropa, 'ropa.html').text.contains('<th scope="row">Improve the app</th>')

// The record is internal: nothing of it in the published site.
def site = new File(basedir, 'target/plainpolicy')
assert new File(site, 'index.html').exists()
site.eachFileRecurse { f -> assert !f.name.startsWith('ropa') : "the site holds $f" }
