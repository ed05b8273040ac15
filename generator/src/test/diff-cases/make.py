"""Writes most diff cases under generator/src/test/resources/diff: each from base.yaml with a few edits,
from the base to the edited version and, where the change has another direction, back again. Run it
from anywhere (python3 generator/src/test/diff-cases/make.py [case ...]), then make each case's
expected.txt with -Dplainpolicy.refresh=true and read the diff: the script makes inputs, never answers."""
import os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', 'resources', 'diff')
base = open(os.path.join(HERE, 'base.yaml'), encoding='utf-8').read()
site = open(os.path.join(HERE, 'site.yaml'), encoding='utf-8').read()

def edit(text, edits):
    for old, new in edits:
        assert text.count(old) == 1, (old, text.count(old))
        text = text.replace(old, new)
    return text

def write(name, first, second, dates=(('2023-09-01', '2023-07-01'), ('2024-03-01', '2024-01-15'))):
    d = os.path.join(ROOT, name, 'policy')
    # Only the inputs are made again; expected.txt stays, for the test to compare.
    if os.path.exists(d):
        shutil.rmtree(d)
    os.makedirs(os.path.join(d, 'versions'))
    open(os.path.join(d, 'site.yaml'), 'w', encoding='utf-8').write(site)
    for (day, announced), text in zip(dates, (first, second)):
        open(os.path.join(d, 'versions', day + '.en.yaml'), 'w', encoding='utf-8').write(
            'announced: ' + announced + '\n' + text)

def reverse_existing(source, name):
    d = os.path.join(ROOT, source, 'policy', 'versions')
    files = sorted(f for f in os.listdir(d) if f.endswith('.en.yaml'))
    texts = [open(os.path.join(d, f), encoding='utf-8').read().split('\n', 1) for f in files]
    out = os.path.join(ROOT, name, 'policy')
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, 'versions'))
    shutil.copy(os.path.join(ROOT, source, 'policy', 'site.yaml'), os.path.join(out, 'site.yaml'))
    open(os.path.join(out, 'versions', files[0]), 'w', encoding='utf-8').write(texts[0][0] + '\n' + texts[1][1])
    open(os.path.join(out, 'versions', files[1]), 'w', encoding='utf-8').write(texts[1][0] + '\n' + texts[0][1])

CASES = [
    # (name, reverse name or None, edits)
    ('purpose-interests-reworded', None, [('We want the app to work well for everyone.', 'We want the app to work well on every phone.')]),
    ('purpose-law-named', None, [('law: French Commercial Code, article L123-22', 'law: French Tax Code, article L102 B')]),
    ('purpose-direct-marketing-added', 'purpose-direct-marketing-removed', [('    legalBasis: consent\n    recipients: [mailer]', '    legalBasis: consent\n    directMarketing: true\n    recipients: [mailer]')]),
    ('data-description-reworded', None, [('The pages you open in the app.', 'The screens you open in the app.')]),
    ('data-source-changed', 'data-source-changed-back', [('    source: third-party\n', '    source: public\n')]),
    ('data-source-details-reworded', None, [('Our hosting provider records them.', 'Our hosting provider writes them down.')]),
    ('data-told-when-reworded', None, [('We tell you in the app the first time we use them.', 'We tell you by email the first time we use them.')]),
    ('data-no-longer-special', 'data-now-special', [('    special: true\n    specialCondition: explicit-consent\n', '')]),
    ('special-data-added', 'special-data-removed', [('    data: [health]\n', '    data: [health, allergies]\n'), ('purposes:\n', '  - id: allergies\n    name: Allergies\n    description: The allergies you choose to tell us about.\n    source: you\n    special: true\n    specialCondition: explicit-consent\n    required: optional\n    retention:\n      period: 1 year\npurposes:\n')]),
    ('data-special-condition-changed', 'data-special-condition-changed-back', [('specialCondition: explicit-consent', 'specialCondition: made-public')]),
    ('data-required-changed', 'data-required-changed-back', [('    required: contract\n', '    required: contract-prerequisite\n')]),
    ('data-consequences-reworded', None, [('Without them we cannot open your account.', 'Without them we cannot give you an account.')]),
    ('retention-longer', 'retention-shorter', [('period: 3 years', 'period: 5 years')]),
    ('retention-from-another-event', None, [('after: you close your account', 'after: your last sign-in')]),
    ('retention-to-criteria', 'retention-to-period', [('    retention:\n      period: 3 years\n      after: you close your account', '    retention:\n      criteria: We keep them while your account is open and for the time the law lets people sue us.')]),
    ('retention-criteria-reworded', None, [('We keep them until we have checked the service for faults.', 'We keep them until we have checked the app for faults.')]),
    ('recipient-now-in-a-country', 'recipient-now-an-organisation', [('    internationalOrganisation: european-patent-organisation\n', '    country: DE\n'), ('  - recipient: patents\n    safeguard: administrative-arrangement\n    copy: https://tinyco.example/epo-arrangement.pdf\n', '')]),
    ('purpose-law-added', 'purpose-law-removed', [('    legalBasis: contract\n    recipients: [host]', '    legalBasis: contract\n    law: French Civil Code, article 1103\n    recipients: [host]')]),
    ('recipient-countries-added', 'recipient-countries-removed', [('    purpose: Hosts our servers.\n    country: FR\n', '    purpose: Hosts our servers.\n    countries: [FR, DE, NL]\n')]),
    ('recipient-kind-added', 'recipient-kind-removed', [('    recipients: [partner, bank, patents]', '    recipients: [partner, bank, patents, public]'), ('transfers:\n', '  - id: public\n    name: Other users and the public\n    category: true\n    purpose: The tips you choose to share can be seen by anyone.\ntransfers:\n')]),
    ('recipient-now-a-kind', 'recipient-now-one-company', [('    purpose: Hosts our servers.\n', '    category: true\n    purpose: Hosts our servers.\n')]),
    ('recipient-purpose-reworded', None, [('Hosts our servers.', 'Runs our servers.')]),
    ('recipient-arrangement-reworded', None, [('We decide together which tips to show; Tinyco answers your questions.', 'We choose the tips together; Tinyco answers your questions.')]),
    ('recipient-contact-point-changed', None, [('contactPoint: wellbeing@tinyco.example', 'contactPoint: tips@tinyco.example')]),
    ('transfer-organisation-added', 'transfer-organisation-removed', [('    recipients: [partner, bank, patents]', '    recipients: [partner, bank, patents, wipo]'), ('transfers:\n', '  - id: wipo\n    name: World Intellectual Property Organization\n    role: public-authority\n    purpose: Receives our trade mark filings.\n    internationalOrganisation: world-intellectual-property-organization\ntransfers:\n'), ('automatedDecisions:\n', '  - recipient: wipo\n    safeguard: administrative-arrangement\n    copy: https://tinyco.example/wipo-arrangement.pdf\nautomatedDecisions:\n')]),
    ('transfer-organisation-safeguard-changed', 'transfer-organisation-safeguard-changed-back', [('    safeguard: administrative-arrangement\n', '    safeguard: public-authority-instrument\n')]),
    ('transfer-organisation-second-safeguard-added', 'transfer-organisation-second-safeguard-removed', [('automatedDecisions:\n', '  - recipient: patents\n    safeguard: public-authority-instrument\n    copy: https://tinyco.example/epo-agreement.pdf\nautomatedDecisions:\n')]),
    ('transfer-derogation-changed', 'transfer-derogation-changed-back', [('    derogation: explicit-consent\n    risks: India has no adequacy decision, so your rights may be harder to enforce there.\n', '    derogation: contract\n')]),
    ('transfer-authority-informed', None, [('    derogation: explicit-consent\n    risks: India has no adequacy decision, so your rights may be harder to enforce there.\n', '    derogation: compelling-legitimate-interests\n    interests: We must take payments to keep the tips free of advertising.\n    authorityInformed: true\n')]),
    ('transfer-risks-reworded', None, [('so your rights may be harder to enforce there.', 'so you may find it harder to use your rights there.')]),
    ('transfer-details-reworded', None, [('We checked that Mailer Inc. is on the list of the framework.', 'We checked that Mailer Inc. is on the official list of the framework.')]),
    ('transfer-copy-changed', None, [('copy: https://tinyco.example/scc.pdf', 'copy: https://tinyco.example/legal/scc-2021.pdf')]),
    ('transfer-listing-changed', None, [('listing: https://www.dataprivacyframework.gov/list', 'listing: https://www.dataprivacyframework.gov/participant/1234')]),
    ('decision-renamed', None, [('name: Fraud screening of new accounts', 'name: Fraud check of new accounts')]),
    ('decision-reworded', None, [('We compare your details with known fraud patterns.', 'We compare your details with patterns of known fraud.')]),
    ('decision-ground-changed', 'decision-ground-changed-back', [('    ground: contract\n', '    ground: explicit-consent\n')]),
    ('decision-law-named', None, [('    ground: contract\n', '    ground: law\n    law: French Monetary and Financial Code, article L561-5\n')]),
    ('decision-data-added', 'decision-data-removed', [('    data: [account]\nprofiling:', '    data: [account, usage]\nprofiling:')]),
    ('profiling-removed', 'profiling-added', [('profiling:\n  - id: tips\n    name: Choose your tips\n    logic: We pick tips from the notes you add and the tips you read.\n    significance: You see first the tips that fit your notes.\n', '')]),
    ('profiling-renamed', None, [('name: Choose your tips', 'name: Pick your tips')]),
    ('profiling-reworded', None, [('You see first the tips that fit your notes.', 'You see first the tips that match your notes.')]),
    ('authority-added', 'authority-removed', [('supervisoryAuthority: cnil\n', 'supervisoryAuthority: [cnil, ico]\n')]),
    ('purpose-retention-stated', 'purpose-retention-removed', [('    law: French Commercial Code, article L123-22\n', '    law: French Commercial Code, article L123-22\n    retention:\n      period: 10 years\n      after: the end of the financial year\n')]),
    ('controller-added', 'controller-removed', [('controller:\n  name: Tinyco SARL\n  address: 1 rue Test, 69001 Lyon, France\n  country: FR\n  email: privacy@tinyco.example\n', 'controllers:\n  - name: Tinyco SARL\n    for: people in the EEA\n    address: 1 rue Test, 69001 Lyon, France\n    country: FR\n    email: privacy@tinyco.example\n  - name: Tinyco Inc.\n    for: everyone else\n    address: 1 Test Street, Austin, TX 78701, USA\n    country: US\n    email: privacy@tinyco.example\n')]),
    ('cookies-added', 'cookies-removed', [('rights:\n  contact:', 'cookies:\n  - name: tc_session\n    provider: Tinyco SARL\n    purpose: Keeps you signed in.\n    duration: session\n    consent: false\n  - name: _mailer_open\n    provider: mailer\n    purpose: Tells us when you open our newsletter.\n    duration: 13 months\nrights:\n  contact:')]),
    ('rights-contact-changed', None, [('  contact: privacy@tinyco.example\n', '  contact: rights@tinyco.example\n')]),
    ('response-time-shorter', 'response-time-longer', [('responseTime: 1 month', 'responseTime: 20 days')]),
    ('children-age-removed', 'children-age-stated', [('children:\n  minimumAge: 16\n', '')]),
    ('title-changed', None, [('title: Privacy policy', 'title: How we use your data')]),
    ('intro-reworded', None, [('This policy says how Tinyco uses your data in its app.', 'This policy explains how Tinyco uses your data in its app.')]),
    ('glossary-definition-reworded', None, [('A company that runs the computers our app uses.', 'A company that runs the servers our app uses.')]),
    ('section-renamed', None, [('    title: Research\n', '    title: Research and statistics\n')]),
    ('section-reworded', None, [('We do not use your data for research.', 'We never use your data for research.')]),
    # Changes of each weight at once: the list groups them, the notice e-mail carries only the first group.
    ('notice-other-and-wording', None, [('  - id: wellbeing\n', '  - id: surveys\n    name: Ask your opinion\n    data: [account]\n    legalBasis: consent\n  - id: wellbeing\n'), ('  email: dpo@tinyco.example\n', '  email: protection@tinyco.example\n'), ('We encrypt your data and limit who can see it.', 'We encrypt your data and limit which staff can see it.')]),
    ('other-and-wording', None, [('  email: dpo@tinyco.example\n', '  email: protection@tinyco.example\n'), ('We encrypt your data and limit who can see it.', 'We encrypt your data and limit which staff can see it.')]),
    ('wording-only', None, [('We encrypt your data and limit who can see it.', 'We encrypt your data and limit which staff can see it.')]),
    ('capitals-and-spaces-everywhere', None, [('name: Run your account', 'name: Run  Your Account'), ('Sends our emails.', 'Sends   our e-mails.'.replace('e-mails', 'emails')), ('We encrypt your data and limit who can see it.', 'We Encrypt your data and limit   who can see it.'), ('term: Hosting provider', 'term: hosting provider'), ('title: Research', 'title: RESEARCH')]),
]
REVERSED = [('representative-added', 'representative-removed'), ('dpo-appointed', 'dpo-no-longer-appointed'),
            ('purpose-recipients-added', 'purpose-recipients-removed'), ('glossary-term-added', 'glossary-term-removed'),
            ('free-section-added', 'free-section-removed'), ('children-age-changed', 'children-age-raised')]

# Before the GDPR applied (2018-05-25), a version needed no authority and no retention: the first
# version to give them says so. The base without the Data Privacy Framework, which dates from 2023.
EARLY_DATES = (('2017-09-01', '2017-07-01'), ('2018-09-01', '2018-07-15'))
EARLY_BASE = edit(base, [('  - recipient: mailer\n    country: US\n    safeguard: data-privacy-framework\n    listing: https://www.dataprivacyframework.gov/list\n    details: We checked that Mailer Inc. is on the list of the framework.\n', '')])
EARLY = [('authority-named-first', [('supervisoryAuthority: cnil\n', '')]),
         ('retention-stated-first', [('    retention:\n      period: 3 years\n      after: you close your account\n', '')])]

# Cases made from an existing case's second version, edited.
FROM_CASE = [('representative-added', 'representative-changed', [('  name: Tinyco EU SARL', '  name: Tinyco Europe SARL')]),
             ('decision-law-named', 'decision-law-changed', [('article L561-5', 'article L561-10')]),
             ('controller-added', 'controller-for-reworded', [('    for: everyone else\n', '    for: everyone outside the EEA\n')]),
             ('purpose-retention-stated', 'purpose-retention-longer', [('      period: 10 years\n', '      period: 12 years\n')]),
             ('purpose-retention-stated', 'purpose-retention-shorter', [('      period: 10 years\n', '      period: 6 years\n')]),
             ('purpose-retention-stated', 'purpose-retention-to-criteria', [('      period: 10 years\n      after: the end of the financial year\n', '      criteria: We keep them until the tax office can no longer check that year.\n')]),
             ('cookies-added', 'cookie-provider-changed', [('    provider: mailer\n', '    provider: Tinyco SARL\n')]),
             ('cookies-added', 'cookie-longer', [('    duration: 13 months\n', '    duration: 2 years\n')]),
             ('cookies-added', 'cookie-shorter', [('    duration: 13 months\n', '    duration: 30 days\n')]),
             ('cookies-added', 'cookie-session-to-period', [('    duration: session\n', '    duration: 1 day\n')]),
             ('cookies-added', 'cookie-consent-dropped', [('    duration: 13 months\n', '    duration: 13 months\n    consent: false\n')]),
             ('cookies-added', 'cookie-consent-asked', [('    duration: session\n    consent: false\n', '    duration: session\n')]),
             ('cookies-added', 'cookie-purpose-reworded', [('Tells us when you open our newsletter.', 'Tells us when you open the newsletter.')]),
             ('purpose-retention-to-criteria', 'purpose-retention-to-period', [('      criteria: We keep them until the tax office can no longer check that year.\n', '      period: 6 years\n')]),
             ('purpose-retention-to-criteria', 'purpose-retention-reworded', [('until the tax office can no longer check', 'until the tax office may no longer check')])]

only = sys.argv[1:]
for name, back, edits in CASES:
    if only and name not in only:
        continue
    changed = edit(base, edits)
    write(name, base, changed)
    if back:
        write(back, changed, base)
for name, edits in EARLY:
    if not only or name in only:
        write(name, edit(EARLY_BASE, edits), EARLY_BASE, EARLY_DATES)
for source, name in REVERSED:
    if not only:
        reverse_existing(source, name)
for source, name, edits in FROM_CASE:
    d = os.path.join(ROOT, source, 'policy', 'versions')
    files = sorted(f for f in os.listdir(d) if f.endswith('.en.yaml'))
    second = open(os.path.join(d, files[1]), encoding='utf-8').read().split('\n', 1)[1]
    write(name, second, edit(second, edits))
print('ok')
