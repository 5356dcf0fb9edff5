"""business/ 32-36 (Greek)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2

ATTICA_IBAN = "GR5302600450000200201234567"


def b32():
    m = Msg("business", 32, "el", "aade-enimerosi-ilektroniki-timologisi", utc(2026, 10, 16, 8, 0, 47))
    m.sent = m.t - secs(35)
    k = T.PostfixOrg(m, "aade.gr", "mailgw2.aade.gr", "203.0.113.120", client="java", dkim_sel="aade2025", msgid_domain="aade.gr")
    giorgos = S("giorgos")
    url = "https://www.aade.gr/epiheiriseis/mydata-ilektronika-biblia-aade/ilektroniki-timologisi"
    plain = p(
        "ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ",
        "",
        "Ενημερωτικό μήνυμα - Υποχρεωτική ηλεκτρονική τιμολόγηση B2B",
        "",
        "Αγαπητή επιχείρηση,",
        "",
        "σας υπενθυμίζουμε ότι η υποχρεωτική έκδοση ηλεκτρονικών τιμολογίων στις συναλλαγές μεταξύ επιχειρήσεων (B2B) μέσω Παρόχων Ηλεκτρονικής Τιμολόγησης ή της εφαρμογής timologio της ΑΑΔΕ ισχύει για όλες τις επιχειρήσεις από 1 Οκτωβρίου 2026.",
        "",
        "Αναλυτικές οδηγίες, τον κατάλογο των πιστοποιημένων παρόχων και συχνές ερωτήσεις θα βρείτε στην ιστοσελίδα της ΑΑΔΕ:",
        url,
        "",
        "Υπενθυμίζουμε ότι η ΑΑΔΕ δεν αποστέλλει ποτέ μηνύματα με συνδέσμους για είσοδο με τους κωδικούς Taxisnet και δεν ζητά ποτέ κωδικούς ή στοιχεία τραπεζικών λογαριασμών μέσω email.",
        "",
        "Ανεξάρτητη Αρχή Δημοσίων Εσόδων",
        "Το μήνυμα στάλθηκε σε όλους τους εγγεγραμμένους χρήστες της πλατφόρμας myDATA. Παρακαλούμε μην απαντάτε.")
    m.root = mime.text(plain, "ISO-8859-7", "quoted-printable")
    f = Fields(("ΑΑΔΕ", "no-reply@aade.gr"), [giorgos], "Ενημέρωση: Υποχρεωτική ηλεκτρονική τιμολόγηση B2B από 1/10/2026",
               hcs="ISO-8859-7", henc="B")
    k.finish(f, submit=("notify-batch01.aade.local", "10.12.40.5"), auth_user="", dmarc=("pass", "reject"), zone="EET")
    m.fact("URL", url, "AADE information page (no login link)")
    m.info = dict(pair=("32-el-mydata-aade-prostimo-phishing.eml", "Both concern myDATA/e-invoicing obligations; the genuine AADE notice comes from aade.gr, is informational, links to a public information page only and warns that AADE never sends login links."),
                  what="AADE circular to registered myDATA users: mandatory B2B e-invoicing applies to all businesses from 1 October 2026; link to the information page.",
                  why="Government domain with DKIM and DMARC reject, mass information without personal data, no login link, explicit anti-phishing statement.")
    return m


def b33():
    m = Msg("business", 33, "el", "google-drive-symvasi-fylaxis", utc(2026, 11, 10, 12, 6, 3))
    m.sent = m.t - secs(2)
    k = P.GoogleNotify(m, "drive")
    eleni = S("eleni")
    fid = "1xGv" + m.rng.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    url = "https://docs.google.com/document/d/%s/edit?usp=sharing_eil_se_dm&ts=%s" % (fid, m.rng.hex(8))
    logo = "https://www.gstatic.com/images/branding/product/2x/docs_2020q4_48dp.png"
    help_ = "https://support.google.com/docs/?p=share_file"
    note = "Ελένη καλημέρα, όπως είπαμε στο τηλέφωνο, το σχέδιο της νέας σύμβασης φύλαξης για το 2027. Σημειώσεις/σχόλια απευθείας στο έγγραφο έως την Παρασκευή. Ευχαριστώ, Κατερίνα"
    plain = p(
        "Η Κατερίνα Νικολαΐδου σάς προσκάλεσε να σχολιάσετε το παρακάτω έγγραφο",
        "",
        note,
        "",
        "Σύμβαση φύλαξης αρχείου 2027 - σχέδιο",
        url,
        "",
        "Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου επειδή η Κατερίνα Νικολαΐδου κοινοποίησε ένα έγγραφο μαζί σας από τα Έγγραφα Google.",
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
        "Βοήθεια: " + help_)
    html = ('<html lang="el"><head><meta charset="utf-8"></head><body style="margin:0;padding:0;background:#ffffff">'
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Google Sans,Roboto,Arial,sans-serif"><tr><td align="center" style="padding:24px">'
            '<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px"><tr><td style="padding:24px 24px 8px 24px"><img src="' + logo + '" width="40" height="40" alt="Έγγραφα Google"></td></tr>'
            '<tr><td style="padding:8px 24px;font-size:22px;color:#202124">Η Κατερίνα Νικολαΐδου σάς προσκάλεσε να σχολιάσετε το παρακάτω έγγραφο</td></tr>'
            '<tr><td style="padding:8px 24px;font-size:14px;color:#3c4043;background:#f1f3f4;border-radius:8px">' + mime.esc(note) + '</td></tr>'
            '<tr><td style="padding:16px 24px"><a href="' + url.replace("&", "&amp;") + '" style="display:inline-block;border:1px solid #dadce0;border-radius:16px;padding:8px 14px;color:#3c4043;text-decoration:none">Σύμβαση φύλαξης αρχείου 2027 - σχέδιο</a></td></tr>'
            '<tr><td style="padding:8px 24px 24px 24px"><a href="' + url.replace("&", "&amp;") + '" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px">Άνοιγμα</a></td></tr></table>'
            '<p style="font-size:12px;color:#5f6368;width:520px">Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου επειδή η Κατερίνα Νικολαΐδου κοινοποίησε ένα έγγραφο μαζί σας από τα Έγγραφα Google. <a href="' + help_ + '">Βοήθεια</a><br>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>'
            '</td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "quoted-printable"), mime.text(html, "UTF-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Κατερίνα Νικολαΐδου (μέσω Εγγράφων Google)", "comments-noreply@docs.google.com"), [eleni],
               "Έγγραφο κοινοποιήθηκε μαζί σας: \"Σύμβαση φύλαξης αρχείου 2027 - σχέδιο\"",
               reply_to=[("Κατερίνα Νικολαΐδου", "k.nikolaidou@nikolaidis-law.gr")])
    k.finish(f, dkim_domain="docs.google.com", from_domain="docs.google.com")
    m.fact("URL", url, "Google Docs document in the law firm's Workspace")
    m.fact("URL", logo, "Google Docs logo image")
    m.fact("URL", help_, "Google help")
    m.info = dict(pair=("33-el-google-drive-koinopoiisi-parabiasmenos.eml", "Same sender and platform; the genuine share is a Google Docs contract draft for comments after a phone call, on a weekday, without asking for any login confirmation."),
                  what="Google Docs sharing notification from the law-firm customer: draft storage contract 2027 for comments, following a phone call.",
                  why="Genuine Google notification (DKIM docs.google.com), Reply-To the customer's real domain, business context and timing fit, comment access only.")
    return m


def b34():
    m = Msg("business", 34, "el", "attica-cartons-timologio", utc(2026, 11, 26, 9, 18, 50))
    k = T.Exim(m, "atticacartons.gr", "lh12.dnsgr.net", "203.0.113.140", client="outlook16", lang="el-gr")
    giorgos = S("giorgos")
    plain = p(
        "Καλημέρα κ. Αντωνίου,",
        "",
        "σας επισυνάπτουμε το τιμολόγιο Α-2026/1122 για την παράδοση της 24/11 (1.200 κουτιά αρχειοθέτησης και 600 σάκοι ασφαλείας). Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001934825117).",
        "",
        "Η πληρωμή γίνεται όπως πάντα στον λογαριασμό μας στη Eurobank.",
        "",
        "Με εκτίμηση,",
        "",
        "Νίκος Καραλής",
        "Τμήμα Πωλήσεων",
        "Χαρτοκιβώτια Αττικής Α.Ε.",
        "Λεωφόρος Βάρης-Κορωπίου 38, 194 00 Κορωπί",
        "Τηλ. 210 602 4418")
    inv = docs.invoice(
        m, "TP_A-2026-1122.pdf", seller="Χαρτοκιβώτια Αττικής Α.Ε.", logo_color=(120, 80, 30), logo_text="ATTICA CARTONS",
        seller_lines=["Λεωφ. Βάρης-Κορωπίου 38, 194 00 Κορωπί", "ΑΦΜ 039976153 · ΔΟΥ Κορωπίου", "Τηλ. 210 602 4400"],
        buyer=["EXAMPLE GROUP HELLAS ΜΟΝΟΠΡ. Α.Ε.", "Λεωφόρος ΝΑΤΟ 102", "193 00 Ασπρόπυργος", "ΑΦΜ 041338574 · ΦΑΕ Πειραιά"],
        title_word="Τιμολόγιο Πώλησης", meta=[("Σειρά / Αριθμός", "Α / 2026/1122"), ("Ημερομηνία", "24/11/2026"), ("Τρόπος πληρωμής", "Επί πιστώσει 30 ημ."), ("ΜΑΡΚ", "400001934825117")],
        columns=("Α/Α", "Περιγραφή", "Ποσότητα", "Τιμή", "Αξία"),
        items=[("1", "Κουτί αρχειοθέτησης 40x32x27 εκ., διπλό χαρτόνι, λευκό", "1.200", "1,85", "2.220,00"),
               ("2", "Σάκος ασφαλείας 120 lt με αριθμημένη σφραγίδα", "600", "0,62", "372,00")],
        totals=[("Καθαρή αξία", "2.592,00 €", False), ("ΦΠΑ 24%", "622,08 €", False), ("Πληρωτέο", "3.214,08 €", True)],
        pay_lines=["Eurobank Ergasias Services and Holdings", "IBAN " + iban_f(ATTICA_IBAN), "BIC ERBKGRAA"],
        footer=["Χαρτοκιβώτια Αττικής Α.Ε. · ΓΕΜΗ 045118301000 · www.atticacartons.gr"],
        title="Τιμολόγιο Α-2026/1122", author="Attica Cartons", creator="SoftOne ERP", producer="SoftOne Reports", lang="el", zone="EET")
    m.root = mime.multi("mixed", [ol_alt(m, plain, cs="windows-1253", lang="EL"), inv], m.bnd("mixed"))
    for c in m.root.children[0].children:
        c.style = "default"
    f = Fields(("Νίκος Καραλής", "n.karalis@atticacartons.gr"), [giorgos], "Τιμολόγιο Α-2026/1122 - Χαρτοκιβώτια Αττικής", hcs="windows-1253", henc="B")
    k.finish(f, client_ip="62.1.219.77", zone="EET", auth_user="n.karalis@atticacartons.gr")
    m.fact("IBAN", ATTICA_IBAN, "supplier's Eurobank account")
    m.fact("Phone", "210 602 4418", "signature")
    m.fact("Phone", "210 602 4400", "invoice header")
    m.info = dict(pair=("34-el-attica-cartons-lookalike-neo-iban.eml", "Same supplier, same goods, same amount; the genuine invoice comes from atticacartons.gr via the supplier's own hosting, quotes a myDATA MARK and keeps the Eurobank account."),
                  what="Archive-box supplier sends invoice Α-2026/1122 (Greek PDF) for the delivery of 24/11, myDATA MARK given, payment to the usual Eurobank account.",
                  why="Supplier's real domain on its cPanel host (authenticated submission from a Greek ISP address), consistent with previous dealings, no change of bank details.")
    return m


def b35():
    m = Msg("business", 35, "el", "proothisi-ypoptou-email-it", utc(2026, 10, 28, 8, 21, 45))
    k = T.Exchange(m, "EXCH02", "el-GR")
    eleni = S("eleni")
    r = m.rng
    inner_url = "https://owa-examplegroup.web.app/owa/auth/logon.aspx?realm=example.com&u=eleni.papadopoulou"
    inner_txt = ("Αγαπητέ/ή χρήστη,\r\n\r\nΤο γραμματοκιβώτιό σας eleni.papadopoulou@example.com έχει φτάσει το 98% του διαθέσιμου χώρου (49,1 GB / 50 GB).\r\n"
                 "Νέα μηνύματα θα απορρίπτονται από τις 23:59 σήμερα.\r\n\r\nΓια να αυξήσετε δωρεάν τον χώρο αποθήκευσης, επαληθεύστε τον λογαριασμό σας στο Outlook Web App:\r\n"
                 + inner_url + "\r\n\r\nΥπηρεσία Υποστήριξης Email\r\nMicrosoft Exchange Server\r\n")
    inner = ("Return-Path: <k.papageorgiou@sch.gr>\r\n"
             "Received: from mx-out2.sch.gr (mx-out2.sch.gr [194.63.237.36])\r\n\tby mx01.example.com (Postfix) with ESMTPS id 4c8Lq2TzJrz9wYd\r\n\tfor <eleni.papadopoulou@example.com>; Wed, 28 Oct 2026 08:55:36 +0100 (CET)\r\n"
             "MIME-Version: 1.0\r\nDate: Wed, 28 Oct 2026 09:55:28 +0200\r\n"
             "From: =?UTF-8?Q?=CE=A5=CF=80=CE=BF=CF=83=CF=84=CE=AE=CF=81=CE=B9=CE=BE=CE=B7_Email_-_Outlook_Web_App?= <k.papageorgiou@sch.gr>\r\n"
             "To: Eleni Papadopoulou <eleni.papadopoulou@example.com>\r\n"
             "Subject: =?UTF-8?Q?=CE=95=CE=B9=CE=B4=CE=BF=CF=80=CE=BF=CE=AF=CE=B7=CF=83=CE=B7=3A_=CE=A4=CE=BF_=CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=B1=CF=84=CE=BF?=\r\n"
             " =?UTF-8?Q?=CE=BA=CE=B9=CE=B2=CF=8E=CF=84=CE=B9=CF=8C_=CF=83=CE=B1=CF=82_=CE=B5=CE=AF=CE=BD=CE=B1=CE=B9_=CF=83=CF=87=CE=B5=CE=B4=CF=8C=CE=BD?=\r\n"
             " =?UTF-8?Q?_=CF=80=CE=BB=CE=AE=CF=81=CE=B5=CF=82_=2898=25=29?=\r\n"
             "Message-ID: <" + r.hex(32) + "@sch.gr>\r\nX-Sender: k.papageorgiou@sch.gr\r\nUser-Agent: Roundcube Webmail/1.6.11\r\n"
             "Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode() + inner_txt.encode("utf-8")
    plain = p(
        "Καλημέρα,",
        "",
        "σας προωθώ ως συνημμένο ένα μήνυμα που ήρθε σήμερα το πρωί στο γραμματοκιβώτιό μου. Λέει ότι το email μου είναι σχεδόν γεμάτο και ζητά να συνδεθώ σε μια σελίδα του Outlook. Δεν πάτησα τον σύνδεσμο και δεν έδωσα κωδικό. Το ίδιο μήνυμα το πήρε και ο Γιώργος.",
        "",
        "(EN: Forwarding a suspicious 'mailbox full' message as attachment, received this morning. I did not click the link or enter my password. Giorgos received it too.)",
        "",
        "Ευχαριστώ,",
        "Ελένη",
        "",
        "Eleni Papadopoulou",
        "Office Manager",
        "Example Group Hellas Μονοπρόσωπη Α.Ε.",
        "Λεωφόρος ΝΑΤΟ 102, 193 00 Ασπρόπυργος",
        "Τηλ. +30 210 559 3121")
    alt = ol_alt(m, plain, lang="EL")
    fw = mime.rfc822(inner, "Ειδοποίηση Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες (98%).eml", style="outlook")
    m.root = mime.multi("mixed", [alt, fw], m.bnd("mixed"), style="outlook")
    f = Fields(S("eleni"), [("IT Security", "it-security@example.com")], "ΠΡΘ: Ύποπτο email – «γραμματοκιβώτιο πλήρες» (προς έλεγχο)", hcs="utf-8", henc="B")
    k.finish(f, client_ip="10.60.1.24", zone="EET")
    m.fact("URL", inner_url, "inside the forwarded phishing message (attachment) - reported, not clicked")
    m.fact("Phone", "+30 210 559 3121", "signature")
    m.info = dict(pair=("35-el-owa-xoritikotita-sch-gr.eml", "The genuine message carries the same phishing mail as an attached .eml: it is an internal report to IT security, which a filter must not treat as the attack itself."),
                  what="Greek office manager forwards the 'mailbox full' phishing mail (attack/35) as an .eml attachment to IT security, bilingual note.",
                  why="Internal Exchange message via mail-int01 to the security mailbox; the phishing URL only occurs inside the attached original, which is exactly what users are asked to do.")
    return m


def b36():
    m = Msg("business", 36, "el", "google-eidopoiisi-asfaleias", utc(2026, 11, 30, 17, 44, 2))
    m.sent = m.t - secs(2)
    k = P.GoogleNotify(m, "alert")
    eleni = S("eleni")
    r = m.rng
    alert = "https://accounts.google.com/AccountChooser?Email=eleni.papadopoulou@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0" % (
        util.epoch(m.sent) * 1000 + r.randint(0, 999), r.digits(19))
    act = "https://myaccount.google.com/notifications"
    logo = "https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png"
    plain = p(
        "Νέα σύνδεση σε Windows",
        "",
        "eleni.papadopoulou@example.com",
        "",
        "Εντοπίσαμε μια νέα σύνδεση στον Λογαριασμό σας Google από συσκευή Windows. Αν πρόκειται για εσάς, δεν χρειάζεται να κάνετε κάτι. Διαφορετικά, θα σας βοηθήσουμε να προστατέψετε τον λογαριασμό σας.",
        "",
        "Έλεγχος δραστηριότητας: " + alert,
        "",
        "Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση",
        act,
        "",
        "Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να σας ενημερώσουμε για σημαντικές αλλαγές στον Λογαριασμό σας Google και τις υπηρεσίες σας.",
        "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")
    html = ('<!DOCTYPE html><html lang="el"><head><meta name="format-detection" content="email=no"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="el"><tr align="center"><td>'
            '<table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px" align="center">'
            '<img src="' + logo + '" width="74" height="24" alt="Google"><div style="font-family:\'Google Sans\',Roboto,Arial,sans-serif;font-size:24px;padding:24px 0">Νέα σύνδεση σε Windows</div>'
            '<div style="font-family:Roboto,Arial;font-size:14px;color:#3c4043">eleni.papadopoulou@example.com</div>'
            '<div style="font-family:Roboto,Arial;font-size:14px;color:#202124;line-height:20px;padding-top:20px;text-align:left">Εντοπίσαμε μια νέα σύνδεση στον Λογαριασμό σας Google από συσκευή Windows. Αν πρόκειται για εσάς, δεν χρειάζεται να κάνετε κάτι. Διαφορετικά, θα σας βοηθήσουμε να προστατέψετε τον λογαριασμό σας.</div>'
            '<div style="padding-top:32px;text-align:center"><a href="' + alert.replace("&", "&amp;") + '" style="font-family:\'Google Sans\',Roboto,Arial;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px">Έλεγχος δραστηριότητας</a></div>'
            '<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;text-align:center">Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση<br><a style="color:#4285f4;text-decoration:inherit">' + act + '</a></div></td></tr></table>'
            '<div style="font-family:Roboto,Arial;font-size:11px;color:#5f6368;line-height:18px;text-align:center">Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να σας ενημερώσουμε για σημαντικές αλλαγές στον Λογαριασμό σας Google και τις υπηρεσίες σας.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>'
            '</td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "base64"), mime.text(html, "UTF-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Google", "no-reply@accounts.google.com"), [eleni], "Ειδοποίηση ασφαλείας")
    k.finish(f, dkim_domain="accounts.google.com", from_domain="accounts.google.com")
    m.fact("URL", alert, "Google account-chooser link to the security alert")
    m.fact("URL", act, "Google security activity page")
    m.fact("URL", logo, "Google logo image")
    m.info = dict(pair=("35-el-owa-xoritikotita-sch-gr.eml", "Account-security notices: the genuine Google alert comes from accounts.google.com with Google's DKIM, links only to accounts.google.com / myaccount.google.com and asks for nothing unless the sign-in was not the user's."),
                  what="Google security alert (in Greek) about a new Windows sign-in to the Google account the office manager uses for the Business Profile.",
                  why="Sent by Google (DKIM accounts.google.com, DMARC reject pass), standard template, only Google links, no credential request.")
    return m


MESSAGES = [b32, b33, b34, b35, b36]
