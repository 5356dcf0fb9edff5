"""Greek genuine business messages (5)."""
import base64

import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap

W = C.who


@m('el', 'accountant-mydata-reconciliation')
def b_karagianni(ctx):
    t = I.T(2026, 10, 28, 10, 4, 45)
    rcpt = W('eleni.konstantinidou')
    r = I.gmail(ctx.rng, t, rcpt[1])
    r.msgid = '<CA%s@mail.gmail.com>' % I.rs(ctx.rng, I.ALNUM + '+_-', 54)
    text = """Καλημέρα Ελένη,

κάναμε τη συμφωνία του myDATA για το τρίτο τρίμηνο. Υπάρχουν δύο μικρές
αποκλίσεις στα έξοδα:

1. Το τιμολόγιο της ΔΕΗ του Αυγούστου (ΜΑΡΚ 4000012345678) δεν έχει
   χαρακτηριστεί από εμάς - θα το χαρακτηρίσουμε εμείς αυτή την εβδομάδα.
2. Ένα πιστωτικό της Φυτώρια Αλεξίου (180,00 €) έχει διαβιβαστεί δύο
   φορές από τον προμηθευτή. Τους έχω γράψει να ακυρώσουν το ένα ΜΑΡΚ.

Δεν χρειάζεται να μπεις εσύ στο myDATA ή στο TAXISnet, τα διορθώνουμε
από το γραφείο με τους δικούς μας κωδικούς. Να ξέρεις ότι η ΑΑΔΕ δεν
στέλνει email με συνδέσμους για αποκλίσεις - ό,τι σου έρθει τέτοιο,
προώθησέ το μου πριν κάνεις οτιδήποτε.

Καλή συνέχεια,
Μαρία

--
Μαρία Καραγιάννη
Λογιστικό Γραφείο Καραγιάννη
Τσιμισκή 78, 546 22 Θεσσαλονίκη - τηλ. 2310 24 88 15
"""
    html = '<div dir="ltr">' + text.replace('&', '&amp;').replace('\n\n', '<br><br>').replace('\n', '<br>') + '</div>\n'
    a = Multi('alternative', [Text(text, 'plain', 'UTF-8', 'quoted-printable', charset_upper=True),
                              Text(html, 'html', 'UTF-8', 'quoted-printable', charset_upper=True)], ctx.boundary(r))
    return ctx.build(r, 'gmail', ('Μαρία Καραγιάννη', 'm.karagianni@karagiannis-logistiki.gr'), [rcpt],
                     'Συμφωνία myDATA Γ΄ τριμήνου', I.rdate(t, 'EET'), a, hcs='UTF-8', henc='B',
                     what='The Greek accountants report two small myDATA discrepancies and how they fix them',
                     why='Known accountant on her firm\'s Google Workspace domain, concrete MARK numbers, explicitly no login needed and warns that AADE does not mail such links',
                     notes='hn:aade-mydata-phish -- same topic (myDATA discrepancies, same quarter); genuine mail from the accountant needs no TAXISnet login')


@m('el', 'supplier-invoice-own-smtp')
def b_alexiou(ctx):
    t = I.T(2026, 11, 30, 9, 12, 7)
    rcpt = W('eleni.konstantinidou')
    r = I.generic_smtp(ctx.rng, t, rcpt[1], 'mail.fytoria-alexiou.gr', 'mail.fytoria-alexiou.gr', '62.103.%d.%d' % (
        ctx.rng.randrange(1, 250), ctx.rng.randrange(2, 250)), tls='1.2', inner=[
        'from LOGISTIRIO01 (unknown [192.168.1.40])\n\tby mail.fytoria-alexiou.gr (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
            I.short_qid(ctx.rng), rcpt[1], I.rdate(I.plus(t, 1), 'EET', 'e', True))])
    r.msgid = '<001e01db%s$%s$%s@fytoria-alexiou.gr>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    iban = ids.iban_fmt(C.ALEXIOU)
    text = """Καλημέρα σας,

σας αποστέλλουμε συνημμένα το τιμολόγιο πώλησης ΤΠ-Α 2026/3318 για τη
φόρτωση της 27/11 (φυτά εσωτερικού χώρου και κυπαρίσσια για το κατάστημα
της Καλαμαριάς).

Καθαρή αξία: 6.240,00 €, ΦΠΑ 13%: 811,20 €, σύνολο 7.051,20 €
ΜΑΡΚ: 400001{mark}
Πληρωμή: 60 ημέρες, στον γνωστό λογαριασμό μας στη Eurobank
{iban}

Για οποιαδήποτε διευκρίνιση είμαστε στη διάθεσή σας στο 2310 79 14 20.

Με εκτίμηση,
Λογιστήριο
Φυτώρια Αλεξίου Α.Ε.
Οδός Θεσσαλονίκης-Μουδανιών, 570 01 Θέρμη
""".format(mark=ctx.rng.randrange(10 ** 8, 10 ** 9), iban=iban)
    pdf = files.pdf([(14, True, 'FYTORIA ALEXIOU A.E.'), 'Odos Thessalonikis-Moudanion, 57001 Thermi - AFM ' + ids.gr_afm('09461287'), '',
                     (12, True, 'TIMOLOGIO POLISIS TP-A 2026/3318'), 'Pelatis: EXAMPLE GROUP HELLAS M.IKE - AFM ' + C.EG_GR_AFM, '',
                     'Ficus lyrata 21cm               120 x 18,00   2.160,00',
                     'Cupressus sempervirens 150-175   80 x 51,00   4.080,00', '',
                     (11, True, 'Kathari axia 6.240,00 - FPA 13% 811,20 - Synolo 7.051,20 EUR'),
                     'Trapeza: Eurobank - IBAN ' + iban],
                    title='TP-A 2026/3318', author='Logistirio', producer='SoftOne Series 5', creator='Soft1',
                    date="D:20261130090000+02'00'")
    a = alt(ctx, r, text, None, 'windows-1253', 'quoted-printable', bstyle='outlook', lang='el')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'TPA_2026_3318.pdf')], ctx.boundary(r, 'outlook'),
                 preamble='This is a multipart message in MIME format.')
    return ctx.build(r, 'outlook', ('Φυτώρια Αλεξίου - Λογιστήριο', 'logistirio@fytoria-alexiou.gr'), [rcpt],
                     'Τιμολόγιο ΤΠ-Α 2026/3318', I.rdate(t, 'EET'), root, hcs='windows-1253',
                     mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='el',
                     what='Greek nursery supplier sends an invoice (PDF, text transliterated) from its own mail server',
                     why='Supplier\'s own domain and server, Outlook from the office LAN, myDATA MARK number, known Eurobank account, phone number for questions; plain PDF rather than a link',
                     notes='hn:oauth-consent-shared-invoices -- same supplier name and "invoices" topic; genuine invoice is a PDF from fytoria-alexiou.gr, no link or app consent')


@m('el', 'customer-order-otenet')
def b_dimitriou(ctx):
    t = I.T(2026, 11, 13, 16, 25, 40)
    rcpt = W('giorgos.papadopoulos')
    r = I.otenet(ctx.rng, t, rcpt[1])
    r.msgid = '<000301db%s$%s$%s@otenet.gr>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    text = """Γιώργο καλησπέρα,

για τον κήπο στην Περαία (πελάτης Σαββίδης) θα χρειαστώ μέχρι τις 10
Δεκεμβρίου:

- 30 ελιές πολύκορμες, γλάστρα 90 λίτρων
- 120 λεβάντες Hidcote, γλάστρα 3 λίτρων
- 40 δενδρολίβανα έρποντα
- 15 σακιά κηπόχωμα 70 λίτρων

Αν έχετε τις ελιές σε καλή τιμή, περνάω από το κατάστημα την Τρίτη να τις
δω. Τιμολόγιο στην εταιρεία όπως πάντα.

Ευχαριστώ,
Νίκος Δημητρίου
Κηποτεχνική Δημητρίου - Καλαμαριά
κιν. 697 441 2285
"""
    a = alt(ctx, r, text, None, 'iso-8859-7', 'quoted-printable', bstyle='outlook', lang='el', font='Calibri, sans-serif')
    return ctx.build(r, 'outlook', ('Νίκος Δημητρίου', 'ndimitriou@otenet.gr'), [rcpt],
                     'Παραγγελία για κήπο Περαία', I.rdate(t, 'EET'), a, hcs='iso-8859-7', henc='B',
                     mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='el',
                     what='Regular landscaper customer orders plants from his OTEnet mailbox',
                     why='Known customer address, Outlook 2016 via OTEnet from a Greek DSL line, specific quantities and a visit, no attachment, link or payment request',
                     notes='')


@m('el', 'internal-urgent-supplier-payment')
def b_internal(ctx):
    t = I.T(2026, 11, 20, 8, 44, 2)
    rcpt = W('eleni.konstantinidou')
    r = I.internal(ctx.rng, t, rcpt[1], ws_ip='10.70.10.15')
    text = """Ελένη καλημέρα,

σήμερα πρέπει να φύγει οπωσδήποτε η πληρωμή της Φυτώρια Αλεξίου για το
τιμολόγιο ΤΠ-Α 2026/3102 (4.310,40 €), γιατί αλλιώς δεν μας φορτώνουν τα
κυπαρίσσια της Δευτέρας. Ο κ. Αλεξίου με πήρε δύο φορές.

Ο λογαριασμός είναι ο γνωστός στη Eurobank (όπως στο μητρώο
προμηθευτών). Την έγκριση την έκανα στο σύστημα, τη δεύτερη υπογραφή στο
e-banking τη βάζω εγώ μόλις την ανεβάσεις. Αν θες, πάρε με στο εσωτερικό
4102.

Ευχαριστώ,
Γιώργος

Giorgos Papadopoulos
Office Manager - Example Group Hellas M.IKE
"""
    a = alt(ctx, r, text, None, 'iso-8859-7', 'quoted-printable', bstyle='exchange', lang='el')
    return ctx.build(r, 'exchange', W('giorgos.papadopoulos'), [rcpt], 'Πληρωμή Αλεξίου σήμερα',
                     I.rdate(t, 'EET'), a, hcs='iso-8859-7', lang_tag='el-GR',
                     what='Greek office manager asks the accountant to pay a known supplier invoice today',
                     why='Internal Exchange route, known supplier and invoice number, account from the supplier master data, approval in the system and second signature in e-banking, invites a phone call',
                     notes='hn:manager-impersonation-lookalike-payment -- same people and same urgency; genuine mail is internal, known payee, dual control, phone welcome')


@m('el', 'calendar-invite-accountant')
def b_invite(ctx):
    t = I.T(2026, 12, 9, 12, 30, 15)
    rcpt = W('eleni.konstantinidou')
    r = I.google_sor(ctx.rng, t, rcpt[1])
    r.msgid = '<calendar-%s@google.com>' % I.ruuid(ctx.rng)
    r.return_path = '<3%s@calendar-server.bounces.google.com>' % I.rs(ctx.rng, I.ALNUM, 40)
    uid = '%s@google.com' % I.rs(ctx.rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 26)
    meet = 'https://meet.google.com/%s-%s-%s' % (I.rs(ctx.rng, 'abcdefghijkmnopqrstuvwxyz', 3), I.rs(ctx.rng, 'abcdefghijkmnopqrstuvwxyz', 4), I.rs(ctx.rng, 'abcdefghijkmnopqrstuvwxyz', 3))
    ics_lines = [
        'BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
        'METHOD:REQUEST', 'BEGIN:VEVENT', 'DTSTART:20261217T080000Z', 'DTEND:20261217T090000Z', 'DTSTAMP:20261209T123015Z',
        'ORGANIZER;CN=Μαρία Καραγιάννη:mailto:m.karagianni@karagiannis-logistiki.gr', 'UID:' + uid,
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=',
        ' TRUE;CN=eleni.konstantinidou@example.com;X-NUM-GUESTS=0:mailto:eleni.kons',
        ' tantinidou@example.com',
        'X-GOOGLE-CONFERENCE:' + meet, 'CREATED:20261209T123014Z',
        'DESCRIPTION:Κλείσιμο χρήσης 2026: απογραφή\\, αποσβέσεις\\, προκαταβολές φ',
        ' όρου.\\n\\nΣύνδεση με Google Meet: ' + meet,
        'LAST-MODIFIED:20261209T123014Z', 'LOCATION:', 'SEQUENCE:0', 'STATUS:CONFIRMED',
        'SUMMARY:Κλείσιμο χρήσης 2026 - Example Group Hellas', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    ics = '\r\n'.join(ics_lines) + '\r\n'
    plain = """Έχετε προσκληθεί στην ακόλουθη εκδήλωση.

Κλείσιμο χρήσης 2026 - Example Group Hellas
Πέμπτη 17 Δεκεμβρίου 2026 ⋅ 10:00 – 11:00 (Ώρα Ανατολικής Ευρώπης - Αθήνα)

Συμμετοχή με Google Meet
{meet}

Διοργανωτής
Μαρία Καραγιάννη - m.karagianni@karagiannis-logistiki.gr

Κλείσιμο χρήσης 2026: απογραφή, αποσβέσεις, προκαταβολές φόρου.

Πρόσκληση από το Ημερολόγιο Google: https://calendar.google.com/calendar/
""".format(meet=meet)
    html = ('<div style="font-family:Roboto,Arial,sans-serif;font-size:14px"><p>Έχετε προσκληθεί στην ακόλουθη εκδήλωση.</p>'
            '<h2 style="font-size:20px">Κλείσιμο χρήσης 2026 - Example Group Hellas</h2>'
            '<p>Πέμπτη 17 Δεκεμβρίου 2026 ⋅ 10:00 – 11:00 (Ώρα Ανατολικής Ευρώπης - Αθήνα)</p>'
            '<p><a href="%s" style="background:#1a73e8;color:#fff;padding:8px 18px;border-radius:4px;text-decoration:none">Συμμετοχή με Google Meet</a></p>'
            '<p>Διοργανωτής: Μαρία Καραγιάννη</p><p>Κλείσιμο χρήσης 2026: απογραφή, αποσβέσεις, προκαταβολές φόρου.</p>'
            '<p style="font-size:11px;color:#70757a">Πρόσκληση από το <a href="https://calendar.google.com/calendar/">Ημερολόγιο Google</a></p></div>') % meet
    alt_part = Multi('alternative', [
        Text(plain, 'plain', 'UTF-8', 'quoted-printable', charset_upper=True),
        Text(html_wrap(html, 'el', 'Roboto').replace('%CHARSET%', 'UTF-8'), 'html', 'UTF-8', 'quoted-printable', charset_upper=True),
        Text(ics, 'calendar', 'UTF-8', 'base64', ct_params='; method=REQUEST', charset_upper=True, keep_crlf=True)],
        '000000000000' + I.hexs(ctx.rng, 16))
    root = Multi('mixed', [alt_part, Att(ics.encode('utf-8'), 'application/ics', 'invite.ics')], '000000000000' + I.hexs(ctx.rng, 16))
    subj = 'Πρόσκληση: Κλείσιμο χρήσης 2026 - Example Group Hellas @ Πέμ 17 Δεκ 2026 10:00 - 11:00 (EET) (eleni.konstantinidou@example.com)'
    return ctx.build(r, 'service', ('Μαρία Καραγιάννη', 'm.karagianni@karagiannis-logistiki.gr'), [rcpt], subj,
                     I.rdate(t, 'UTC'), root, hcs='UTF-8', henc='B',
                     extra=[('Sender', 'Google Calendar <calendar-notification@google.com>'),
                            ('Reply-To', 'Μαρία Καραγιάννη <m.karagianni@karagiannis-logistiki.gr>'.replace(
                                'Μαρία Καραγιάννη', '=?UTF-8?B?' + base64.b64encode('Μαρία Καραγιάννη'.encode()).decode() + '?='))],
                     what='Google Calendar / Meet invitation from the Greek accountant for the year-end closing meeting (text/calendar + invite.ics)',
                     why='Generated by Google Calendar on Google\'s servers for the accountant\'s Workspace account, links only to meet.google.com and calendar.google.com, expected business meeting',
                     notes='')


MESSAGES = [b_karagianni, b_alexiou, b_dimitriou, b_internal, b_invite]
