"""Writes staff.txt and MANIFEST.md."""
import company as C


def _leaf_desc(p):
    sub = p.ctype.split('/')[1]
    if p.filename:
        s = '%s "%s"' % (p.ctype, p.filename)
        if p.cid and not (p.disp or '').startswith('attachment'):
            s = 'inline ' + s
        note = getattr(p, 'note', None)
        return s + (' [%s]' % note if note else '')
    if p.cid:
        return 'inline %s' % p.ctype
    return sub


def structure(p):
    if p.is_multipart():
        return '%s(%s)' % (p.ctype.split('/')[1], ', '.join(structure(c) for c in p.parts))
    return _leaf_desc(p)


def body_parts(p):
    return [x for x in p.walk() if not x.is_multipart() and x.ctype.startswith('text/')
            and not x.filename and x.ctype in ('text/plain', 'text/html')]


def uniq(seq):
    out = []
    for s in seq:
        if s not in out:
            out.append(s)
    return out


def cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


GROUPS = ['Fraud / social engineering', 'Credential phishing', 'Malware delivery', 'Delivery vector',
          'Infrastructure']
CANON = {
    'CEO fraud / BEC': 'Fraud / social engineering: CEO / executive fraud (BEC)',
    'fake lawyer': 'Fraud / social engineering: fake lawyer / debt collector',
    'fake lawyer / debt collection': 'Fraud / social engineering: fake lawyer / debt collector',
    'supplier bank-detail change (vendor email compromise)': 'Fraud / social engineering: supplier / carrier bank-detail change, invoice redirection',
    'invoice redirection / bank-detail change': 'Fraud / social engineering: supplier / carrier bank-detail change, invoice redirection',
    'payroll diversion': 'Fraud / social engineering: payroll diversion',
    'gift-card scam': 'Fraud / social engineering: gift-card scam',
    'fake directory / register invoice': 'Fraud / social engineering: fake register / directory offer',
    'callback phishing (TOAD)': 'Fraud / social engineering: callback phishing (TOAD)',
    'Teams vishing / help-desk impersonation': 'Fraud / social engineering: help-desk impersonation, Teams vishing, remote-access (Quick Assist) pretext',
    'remote-access pretext (Quick Assist)': 'Fraud / social engineering: help-desk impersonation, Teams vishing, remote-access (Quick Assist) pretext',
    'extortion / sextortion': 'Fraud / social engineering: extortion (sextortion, data-leak threat) with Bitcoin payment',
    'extortion (data-leak threat)': 'Fraud / social engineering: extortion (sextortion, data-leak threat) with Bitcoin payment',
    'cryptocurrency payment': 'Fraud / social engineering: extortion (sextortion, data-leak threat) with Bitcoin payment',
    'courier / parcel payment phishing': 'Credential phishing: courier / customs fee card and BLIK phishing',
    'courier / customs fee phishing': 'Credential phishing: courier / customs fee card and BLIK phishing',
    'credential phishing (e-invoicing / XRechnung lure)': 'Credential phishing: tax, customs and e-invoicing authorities (XRechnung, HMRC CDS, SdI, KSeF, VERI*FACTU, myDATA)',
    'customs / tax authority credential phishing': 'Credential phishing: tax, customs and e-invoicing authorities (XRechnung, HMRC CDS, SdI, KSeF, VERI*FACTU, myDATA)',
    'tax authority / e-invoicing lure (SdI)': 'Credential phishing: tax, customs and e-invoicing authorities (XRechnung, HMRC CDS, SdI, KSeF, VERI*FACTU, myDATA)',
    'tax authority / e-invoicing credential phishing (KSeF)': 'Credential phishing: tax, customs and e-invoicing authorities (XRechnung, HMRC CDS, SdI, KSeF, VERI*FACTU, myDATA)',
    'tax authority credential phishing (VERI*FACTU)': 'Credential phishing: tax, customs and e-invoicing authorities (XRechnung, HMRC CDS, SdI, KSeF, VERI*FACTU, myDATA)',
    'tax authority credential phishing (myDATA / TAXISnet)': 'Credential phishing: tax, customs and e-invoicing authorities (XRechnung, HMRC CDS, SdI, KSeF, VERI*FACTU, myDATA)',
    'Microsoft 365 credential phishing': 'Credential phishing: Microsoft 365 (MFA renewal, OneDrive share, Teams voicemail, Excel Online)',
    'fake file-share link (OneDrive)': 'Credential phishing: Microsoft 365 (MFA renewal, OneDrive share, Teams voicemail, Excel Online)',
    'credential phishing': 'Credential phishing: Microsoft 365 (MFA renewal, OneDrive share, Teams voicemail, Excel Online)',
    'voicemail lure (Microsoft Teams)': 'Credential phishing: Microsoft 365 (MFA renewal, OneDrive share, Teams voicemail, Excel Online)',
    'fake purchase order / RFQ': 'Credential phishing: Microsoft 365 (MFA renewal, OneDrive share, Teams voicemail, Excel Online)',
    'fake e-signature (DocuSign) credential phishing': 'Credential phishing: fake e-signature envelope (DocuSign)',
    'device-code phishing (OAuth device authorization grant)': 'Credential phishing: device-code phishing (OAuth device authorization grant)',
    'bank credential phishing (KYC pretext)': 'Credential phishing: bank e-banking (KYC pretext)',
    'e-document exchange credential phishing (Diadoc)': 'Credential phishing: e-document exchange (Kontur.Diadoc)',
    'trade fair lure': 'Malware delivery: ClickFix (paste-and-run mshta command)',
    'ClickFix (paste-and-run command)': 'Malware delivery: ClickFix (paste-and-run mshta command)',
    'password-protected ZIP (ZipCrypto)': 'Malware delivery: password-protected ZIP (ZipCrypto), password in the mail',
    'LNK dropper': 'Malware delivery: archive with executable / shortcut under a document name (.pdf.lnk, .pdf.exe, .xlsx.scr)',
    'malware attachment (ZIP with .pdf.exe)': 'Malware delivery: archive with executable / shortcut under a document name (.pdf.lnk, .pdf.exe, .xlsx.scr)',
    'malware attachment (.xlsx.scr)': 'Malware delivery: archive with executable / shortcut under a document name (.pdf.lnk, .pdf.exe, .xlsx.scr)',
    'malware attachment (.pdf.exe)': 'Malware delivery: archive with executable / shortcut under a document name (.pdf.lnk, .pdf.exe, .xlsx.scr)',
    'tax authority lure with malware download link': 'Malware delivery: link to ZIP download',
    'tax authority lure': 'Malware delivery: tax-authority lure (AEAT notification, FNS demand)',
    'quishing (QR code)': 'Delivery vector: QR code (quishing)',
    'HTML attachment credential phishing': 'Delivery vector: HTML attachment with static login form',
    'SVG attachment with phishing link': 'Delivery vector: SVG attachment with link',
    'PDF letter': 'Delivery vector: PDF letter / form / altered invoice',
    'PDF form': 'Delivery vector: PDF letter / form / altered invoice',
    'altered PDF invoice': 'Delivery vector: PDF letter / form / altered invoice',
    'sub-domain trick URL': 'Delivery vector: URL with trusted name as sub-domain (gov.uk., aade.gr., sede.agenciatributaria.gob.es. ...)',
    'copied thread': 'Delivery vector: reply in real or copied business thread',
    'reply in thread': 'Delivery vector: reply in real or copied business thread',
    'abuse of a genuine service (Microsoft device login)': 'Infrastructure: abuse of a genuine service (PayPal invoicing, Microsoft device login)',
    'thread hijack (compromised partner mailbox)': 'Infrastructure: genuinely compromised partner mailbox (thread hijack)',
    'compromised external mailbox': 'Infrastructure: genuinely compromised partner mailbox (thread hijack)',
    'look-alike domain on VPS': 'Infrastructure: look-alike domain (typo, swapped letters, rn/m, hyphen, other TLD)',
    'look-alike domain': 'Infrastructure: look-alike domain (typo, swapped letters, rn/m, hyphen, other TLD)',
    'look-alike domain (rn/m)': 'Infrastructure: look-alike domain (typo, swapped letters, rn/m, hyphen, other TLD)',
    'look-alike domain (.com for .it)': 'Infrastructure: look-alike domain (typo, swapped letters, rn/m, hyphen, other TLD)',
    'look-alike domain (hyphen)': 'Infrastructure: look-alike domain (typo, swapped letters, rn/m, hyphen, other TLD)',
    'look-alike domain of a customer': 'Infrastructure: look-alike domain (typo, swapped letters, rn/m, hyphen, other TLD)',
    'bulk ESP abuse (Amazon SES)': 'Infrastructure: bulk ESP (Amazon SES, SendGrid, Mailgun, Brevo)',
    'bulk ESP abuse (Brevo)': 'Infrastructure: bulk ESP (Amazon SES, SendGrid, Mailgun, Brevo)',
    'bulk ESP abuse (Mailgun)': 'Infrastructure: bulk ESP (Amazon SES, SendGrid, Mailgun, Brevo)',
    'bulk ESP abuse (SendGrid)': 'Infrastructure: bulk ESP (Amazon SES, SendGrid, Mailgun, Brevo)',
    'compromised website mailer': 'Infrastructure: hacked website / small-business mail server',
    'compromised small-business mailbox': 'Infrastructure: hacked website / small-business mail server',
    'abuse of a genuine service (PayPal invoicing)': 'Infrastructure: abuse of a genuine service (PayPal invoicing, Microsoft device login)',
    'attacker M365 tenant': 'Infrastructure: attacker-controlled Microsoft 365 tenant',
    'free-mail impersonation of an employee': 'Infrastructure: free-mail account posing as a colleague, executive or company (Gmail, web.de, Outlook.com)',
    'free-mail CEO impersonation': 'Infrastructure: free-mail account posing as a colleague, executive or company (Gmail, web.de, Outlook.com)',
    'free-mail impersonation (Outlook.com)': 'Infrastructure: free-mail account posing as a colleague, executive or company (Gmail, web.de, Outlook.com)',
    'free-mail impersonation (native-script display name)': 'Infrastructure: free-mail account posing as a colleague, executive or company (Gmail, web.de, Outlook.com)',
    'free-mail sender': 'Infrastructure: free-mail account posing as a colleague, executive or company (Gmail, web.de, Outlook.com)',
    'sender spoofing (own address)': 'Infrastructure: direct-to-MX from VPS with the recipient\'s own address spoofed',
}


def canon(t):
    return CANON[t]


def write_staff(path):
    with open(path, 'w', encoding='utf-8') as f:
        for key, (name, a, office, role) in C.STAFF.items():
            f.write('%s=%s\n' % (name, a))


def write(path, attacks, business):
    L = []
    L.append('# Evaluation set: spam / phishing filtering at the mail gateway of Example Group\n')
    L.append('Generated by `gen/build.py` (Python 3 standard library only, deterministic). '
             '40 attack messages in `attack/`, 40 genuine business messages in `business/`. '
             'Every message carries the inbound MX trace (`mx01.example.com`, Postfix) as its top `Received` header, '
             'followed by the sender\'s own hops; internal mail arrives from `mail-int01.example.com [10.20.0.25]` '
             'with the Exchange hop below. No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are '
             'present: the gateway evaluates authentication itself (offline in this evaluation). '
             'All dates fall between October and December 2026.\n')
    L.append('## The company\n')
    L.append('**Example Group** is a distributor of marine equipment and yacht supplies (deck hardware, anchoring, '
             'electronics, antifouling and consumables, spare parts for yards, chandlers, charter fleets and ship '
             'managers). About 700 mailboxes on `example.com` and `examplegroup.eu`. '
             'Inbound MX: `mx01.example.com` (Postfix). Internal relay: `mail-int01.example.com` (10.20.0.25) '
             'in front of on-premises Exchange (`EXHH01.corp.example.com`).\n')
    L.append('| Office | Entity / address |')
    L.append('|---|---|')
    for city, (cc, addr) in C.OFFICES.items():
        L.append('| %s (%s) | %s |' % (city, cc, cell(addr)))
    L.append('')
    L.append('Company identifiers used in the messages: USt-IdNr. %s, P.IVA IT%s, NIP %s, CIF %s, AFM %s, INN %s; '
             'main account Hamburger Sparkasse %s.\n' % (C.EG_USTID, C.EG_PIVA, C.EG_NIP, C.EG_CIF, C.EG_AFM,
                                                        C.EG_INN, C.EG_IBAN))
    L.append('## Staff (`staff.txt`)\n')
    L.append('| Name | Address | Office | Role |')
    L.append('|---|---|---|---|')
    for key, (name, a, office, role) in C.STAFF.items():
        L.append('| %s | %s | %s | %s |' % (cell(name), a, office, cell(role)))
    L.append('')
    L.append('## Correspondents\n')
    L.append('| Name | Organisation | Address(es) | Country | Relationship |')
    L.append('|---|---|---|---|---|')
    for n, org, a, cc, rel in C.CORRESPONDENTS:
        L.append('| %s | %s | %s | %s | %s |' % (cell(n), cell(org), cell(a), cc, cell(rel)))
    L.append('')
    L.append('Genuine third-party services appearing in `business/`: Microsoft account security (accountprotection.microsoft.com), '
             'Google account alerts (accounts.google.com), GitHub (github.com), Yandex ID (id.yandex.ru), '
             'DocuSign (docusign.net), InPost (inpost.pl), DEHú (redsara.es), Kontur.Diadoc (kontur.ru), '
             'Mailchimp and Brevo as newsletter ESPs. The last line of `staff.txt` is the shared IT service-desk '
             'mailbox (not a person), listed because attack 13 impersonates it.\n')
    for title, msgs, folder in (('Attack messages (`attack/`)', attacks, 'attack'),
                                ('Genuine business messages (`business/`)', business, 'business')):
        L.append('## %s\n' % title)
        L.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |')
        L.append('|---|---|---|---|---|---|---|')
        for m in msgs:
            bp = body_parts(m.body)
            cs = '/'.join(uniq([p.charset for p in bp]))
            cte = '/'.join(uniq([p.cte for p in bp]))
            L.append('| %s | %s | %s | %s | %s | %s | %s |' % (
                m.filename, m.lang, cs, cte, cell(structure(m.body)), cell(m.what), cell(m.why)))
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives\n')
    L.append('Genuine messages that share topic, sender or form with specific attacks; a filter must pass these '
             'while catching the attack.\n')
    L.append('| Genuine message | Hard negative of | Shared feature |')
    L.append('|---|---|---|')
    byslug = {m.slug: m for m in attacks}
    count = 0
    for m in business:
        if m.pair:
            slugs, why = m.pair
            names = ', '.join('`attack/%s`' % byslug[s].filename for s in slugs)
            L.append('| `business/%s` | %s | %s |' % (m.filename, names, cell(why)))
            count += 1
    L.append('')
    L.append('%d genuine messages are paired with attacks.\n' % count)
    L.append('### Attack techniques covered\n')
    techs = {}
    for m in attacks:
        for t in m.tech:
            techs.setdefault(canon(t), [])
            if '%02d' % m.num not in techs[canon(t)]:
                techs[canon(t)].append('%02d' % m.num)
    L.append('Numbers refer to files in `attack/`.\n')
    for group in GROUPS:
        L.append('**%s**\n' % group)
        for t, nums in sorted(techs.items()):
            if t.startswith(group + ': '):
                L.append('- %s: %s' % (t[len(group) + 2:], ', '.join(sorted(nums))))
        L.append('')
    L.append('')
    L.append('### Data validity and inertness\n')
    L.append('- All IBANs carry valid ISO 13616 mod-97 check digits; Italian CIN, Spanish DC, Polish sort-code, '
             'Belgian/Portuguese national check digits are valid too. Russian settlement and correspondent accounts '
             'carry a valid control key for their BIK; INN, USt-IdNr., P.IVA, NIP, CIF, AFM and UK VAT numbers have '
             'valid check digits; the container number has a valid ISO 6346 check digit.')
    L.append('- QR codes are real PNG QR codes produced by `gen/qr.py` and verified by the independent decoder '
             '`gen/qrdecode.py` (see `gen/check.py`).')
    L.append('- Bitcoin addresses have valid bech32 / base58check checksums (they are derived from hashes of fixed '
             'strings, nobody holds keys for them).')
    L.append('- Attachments are inert: PDFs contain text only, ZIP members are one-line text placeholders under '
             'dangerous-looking names (some archives ZipCrypto-encrypted with the password quoted in the mail), '
             'HTML attachments contain a static form and no script, SVGs contain a hyperlink and no script. '
             'Attacker domains, phone numbers and URLs are invented for this set.')
    L.append('- Malicious URLs are left un-defanged on purpose so that URL analysis can be evaluated; they point to '
             'invented domains.')
    L.append('')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))
