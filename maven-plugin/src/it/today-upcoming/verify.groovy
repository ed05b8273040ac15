def index = new File(basedir, 'target/plainpolicy/index.html').text
assert index.contains('<time datetime="2019-03-01">') : 'on 1 May 2019 the March version is current'
assert index.contains('A new version takes effect on 1 June 2019.')
assert index.contains('href="changes/2019-06-01/index.html"')
assert new File(basedir, 'target/plainpolicy/versions/2019-06-01/index.html').text.contains('This version takes effect on 1 June 2019.')
