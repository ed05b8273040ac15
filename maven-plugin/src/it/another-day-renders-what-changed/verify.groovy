def log = new File(basedir, 'build.log').text
def builds = (log =~ /Plain Policy: wrote (\d+) files to .* s: (\d+) rendered, (\d+) kept as they were/).collect { it }
assert builds.size() == 2 : log
def (first, second) = builds
assert first[3] == '0' : 'the first build renders everything: ' + first[0]
assert first[1] == second[1] : 'both builds write the whole site'
assert (second[3] as int) > 0 : 'the second build keeps what the new day does not change: ' + second[0]
assert (second[2] as int) < (first[2] as int)
