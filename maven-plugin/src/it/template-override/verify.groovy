def page = new File(basedir, 'target/plainpolicy/index.html').text
assert page.contains('<h2 id="security-title">Keeping your data safe</h2>')
assert page.contains('<p class="house-style">Our own words, from policy/templates/sections/security.vm.</p>')
assert page.contains('<h2 id="controller-title">Who we are</h2>') : 'the other words stay the theme\'s'
