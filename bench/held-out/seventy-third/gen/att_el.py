"""Greek attack messages 32-36."""
import base64

from lib import *
import facts as F


def m32():
    slug = "aade-mydata-taxisnet-phishing"
    r = rng_for(slug)
    t = local("EET", 2026, 10, 28, 9, 15, 44)
    snd = "enimerosi@aade-mydata.gr.com"
    rcpt = S("gr_acc")[1]
    p = infra.vps(r, t, snd, rcpt, "mail.aade-mydata.gr.com", "vm3384.m247-hosting.net", "146.70.118.39",
                  mailer="phpmailer", zone="EET")
    url = "https://mydata-aade.gov-gr.info/taxisnet/login?afm=%s&ref=%s" % (F.EG_GR_AFM, hexs(r, 10))
    text = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων
myDATA - Ηλεκτρονικά Βιβλία

Αξιότιμε/η φορολογούμενε,

Από τη διασταύρωση των δεδομένων της πλατφόρμας myDATA για το Γ' τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των διαβιβασθέντων παραστατικών εσόδων της επιχείρησής σας και των αντίστοιχων χαρακτηρισμών εξόδων των αντισυμβαλλομένων σας.

Επωνυμία: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.
ΑΦΜ: %s
Πλήθος παραστατικών με απόκλιση: 17

Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet εντός πέντε (5) εργάσιμων ημερών, προκειμένου να ελέγξετε και να διορθώσετε τα παραστατικά. Σε αντίθετη περίπτωση θα εκδοθεί πράξη επιβολής προστίμου σύμφωνα με το άρθρο 54 του Κ.Φ.Δ.

Σύνδεση στην εφαρμογή myDATA:
%s

Με εκτίμηση,
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
Α.Α.Δ.Ε.""" % (F.EG_GR_AFM, url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#eef2f6">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#003476;color:#fff;padding:16px 24px"><b style="font-size:18px">ΑΑΔΕ</b> &nbsp; <span style="font-size:13px">Ανεξάρτητη Αρχή Δημοσίων Εσόδων</span><br><span style="font-size:12px">myDATA - Ηλεκτρονικά Βιβλία</span></td></tr>
<tr><td style="padding:24px;line-height:1.5">
<p>Αξιότιμε/η φορολογούμενε,</p>
<p>Από τη διασταύρωση των δεδομένων της πλατφόρμας myDATA για το Γ' τρίμηνο 2026 εντοπίστηκαν <b>αποκλίσεις</b> μεταξύ των διαβιβασθέντων παραστατικών εσόδων της επιχείρησής σας και των αντίστοιχων χαρακτηρισμών εξόδων των αντισυμβαλλομένων σας.</p>
<p>Επωνυμία: <b>EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.</b><br>ΑΦΜ: <b>%s</b><br>Πλήθος παραστατικών με απόκλιση: <b>17</b></p>
<p>Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet εντός <b>πέντε (5) εργάσιμων ημερών</b>, προκειμένου να ελέγξετε και να διορθώσετε τα παραστατικά. Σε αντίθετη περίπτωση θα εκδοθεί πράξη επιβολής προστίμου σύμφωνα με το άρθρο 54 του Κ.Φ.Δ.</p>
<p style="text-align:center;margin:24px"><a href="%s" style="background:#003476;color:#fff;padding:11px 24px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>
<p>Με εκτίμηση,<br>Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης<br>Α.Α.Δ.Ε.</p>
</td></tr></table></body></html>
""" % (F.EG_GR_AFM, url)
    body = alt(p, text, html, "iso-8859-7", "quoted-printable")
    return Mail(32, "el", slug, A, p, ("ΑΑΔΕ - myDATA", snd), [S("gr_acc")],
                "Ειδοποίηση ΑΑΔΕ: αποκλίσεις στα διαβιβασθέντα παραστατικά myDATA (Γ' τρίμηνο 2026)", body,
                hcs="iso-8859-7", henc="B",
                what="Tax-authority credential phishing: fake AADE/myDATA notice of e-book discrepancies from aade-mydata.gr.com (M247 VPS), link to a fake TAXISnet login.",
                why="AADE uses aade.gr / gsis.gr; gr.com is a commercial sub-domain service; the login page on gov-gr.info harvests TAXISnet credentials (which give access to the company's tax records and payments); fine threat and 5-day deadline.")


def m33():
    slug = "aquatech-iban-lookalike"
    r = rng_for(slug)
    t = local("EET", 2026, 11, 17, 12, 5, 9)
    snd = "n.antoniou@aquatech-hellas.com"
    rcpt = S("gr_acc")[1]
    p = infra.vps(r, t, snd, rcpt, "mail.aquatech-hellas.com", "static.231.8.216.95.clients.your-server.de", "95.216.8.231",
                  mailer="outlook-forged", zone="EET", submit_ip="41.203.72.9")
    p.hdrs[-1] = ("Content-Language", "el")
    text = """Καλησπέρα σας κα Γεωργίου,

Σας ενημερώνουμε ότι λόγω ελέγχου συμμόρφωσης (KYC) ο εταιρικός μας λογαριασμός στην Εθνική Τράπεζα είναι προσωρινά δεσμευμένος και δεν δέχεται πιστώσεις.

Παρακαλούμε η εξόφληση των τιμολογίων ΤΔΑ 2026/0871 και ΤΔΑ 2026/0889 (σύνολο 16.245,60 €) να γίνει στον νέο μας λογαριασμό:

Τράπεζα: Τράπεζα Πειραιώς
Δικαιούχος: AQUATECH HELLAS A.E.
IBAN: %s

Η εξόφληση θα πρέπει να γίνει έως την Παρασκευή, διαφορετικά θα αναγκαστούμε να σταματήσουμε την παράδοση των ανταλλακτικών για το αντλιοστάσιο Θέρμης.

Παρακαλώ επιβεβαιώστε μου με email μόλις γίνει η μεταφορά. Τις επόμενες μέρες βρίσκομαι σε εγκαταστάσεις πελατών και δεν είμαι εύκολα διαθέσιμος στο τηλέφωνο.

Με εκτίμηση,

Νίκος Αντωνίου
Εμπορικό Τμήμα
Aquatech Hellas Α.Ε.
ΒΙ.ΠΕ. Σίνδου, Οδός Γ΄, 57022 Θεσσαλονίκη
Τηλ. 2310 795 410""" % iban_fmt(F.AQT_IBAN_FRAUD)
    body = Text(text, "plain", "windows-1253", "quoted-printable")
    return Mail(33, "el", slug, A, p, ("Νίκος Αντωνίου", snd), [S("gr_acc")],
                "Αλλαγή τραπεζικού λογαριασμού - Aquatech Hellas", body, cc=[S("gr_mgr")], hcs="windows-1253", henc="B",
                what="Supplier bank-detail change from look-alike aquatech-hellas.com (real: .gr) on a Hetzner VPS: NBG account 'frozen for KYC', pay two invoices to a new Piraeus account by Friday.",
                why="Wrong TLD, forged Outlook headers on a rented server submitted from an African IP, frozen-account pretext, supply-stop threat, deadline, unreachable by phone, confirm by e-mail only; the genuine invoice (business 32) names the NBG account.")


def m34():
    slug = "sharepoint-share-compromised-tenant"
    r = rng_for(slug)
    t = local("EET", 2026, 12, 7, 10, 12, 26)
    rcpt = S("gr_acc")[1]
    snd = "no-reply@sharepointonline.com"
    p = infra.m365(r, t, snd, rcpt, region="EURPRD09", srv="VI1PR09MB", eop=("EUR02", "VI1", "vi1eur02"),
                   lang="el-GR", hcs="utf-8", henc="B")
    p.mid = "<%s@odspnotify>" % det_uuid(r)
    p.hdrs = [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    p.hops = p.hops[:1]  # generated by the SharePoint service, no MAPI submission hop
    p.order = ["From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "X-MS-Has-Attach",
               "X-MS-TNEF-Correlator"]
    fname = "ΕΞΟΦΛΗΣΗ_ΤΙΜΟΛΟΓΙΩΝ_EXAMPLE_GROUP_ΝΟΕΜΒΡΙΟΣ.pdf"
    url = ("https://ioannidisengineering-my.sharepoint.com/:b:/g/personal/k_ioannidis_ioannidis-engineering_gr/"
           "E%s?e=%s" % (alnum(r, 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), alnum(r, 6)))
    msg = "Καλημέρα σας, σας αποστέλλουμε το αποδεικτικό εξόφλησης των τιμολογίων σας για τον Νοέμβριο. Παρακαλούμε επιβεβαιώστε τα ποσά."
    text = """Ο χρήστης Κώστας Ιωαννίδης κοινοποίησε ένα αρχείο σε εσάς

%s

%s

Άνοιγμα: %s

Αυτός ο σύνδεσμος θα λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.

Δήλωση προστασίας προσωπικών δεδομένων της Microsoft: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % (msg, fname, url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:'Segoe UI','Segoe UI Web (West European)',Tahoma,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0" style="max-width:640px"><tr><td style="padding:24px">
<p style="font-size:24px;color:#333">Ο χρήστης Κώστας Ιωαννίδης κοινοποίησε ένα αρχείο σε εσάς</p>
<table cellpadding="0" cellspacing="0" style="background:#f8f8f8;border-left:3px solid #038387;width:100%%"><tr><td style="padding:14px;font-size:14px;color:#333">%s</td></tr></table>
<table cellpadding="0" cellspacing="0" style="margin:20px 0;border:1px solid #e1dfdd;width:100%%"><tr><td style="padding:14px;font-size:15px"><b style="color:#c43e1c">PDF</b>&nbsp; %s</td></tr></table>
<a href="%s" style="display:inline-block;background:#038387;color:#ffffff;text-decoration:none;padding:10px 30px;font-size:14px;font-weight:600">Άνοιγμα</a>
<p style="font-size:12px;color:#666;margin-top:28px">Αυτός ο σύνδεσμος θα λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.</p>
<p style="font-size:11px;color:#666"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#666">Δήλωση προστασίας προσωπικών δεδομένων της Microsoft</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
""" % (html_escape(msg), html_escape(fname), url)
    body = alt(p, text, html, "utf-8", "base64")
    return Mail(34, "el", slug, A, p, ("Κώστας Ιωαννίδης", snd), [S("gr_acc")],
                'Ο χρήστης Κώστας Ιωαννίδης κοινοποίησε το "%s" σε εσάς' % fname, body,
                reply_to=("Κώστας Ιωαννίδης", "k.ioannidis@ioannidis-engineering.gr"),
                what="Abuse of a genuine service: a real SharePoint Online sharing notification (Microsoft infrastructure, odspnotify Message-ID) from the compromised Microsoft 365 tenant of an unrelated Greek engineering consultancy, sharing a 'payment confirmation for your November invoices' PDF from a personal OneDrive.",
                why="No business relationship with the sender, unsolicited 'remittance' document for a company that is the payee, shared from a personal OneDrive path (-my.sharepoint.com/personal/...) – the established pattern in which the shared PDF/OneNote carries a link to an AiTM login page; passes SPF/DKIM because Microsoft really sent it.")


def m35():
    slug = "compromised-otenet-html-login"
    r = rng_for(slug)
    t = local("EET", 2026, 12, 11, 6, 48, 17)
    snd = "dkaragiannis@otenet.gr"
    rcpt = S("gr_mgr")[1]
    p = infra.zimbra_otenet(r, t, snd, rcpt, "185.107.56.219")
    text = """Καλημέρα σας κύριε Παπαδόπουλε,

σας στέλνω την αναθεωρημένη προσφορά για τις εργασίες στο αντλιοστάσιο και το τιμολόγιο προκαταβολής.

Το αρχείο είναι κλειδωμένο για λόγους ασφαλείας. Ανοίξτε το συνημμένο και συνδεθείτε με το email της εταιρείας σας για να το δείτε.

Ευχαριστώ,
Δημήτρης Καραγιάννης"""
    html = "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">" + "".join(
        "<div>%s</div>" % (html_escape(l) if l else "<br data-mce-bogus=\"1\">") for l in text.split("\n")) + "</div></body></html>"
    page = attach.login_page("el", "OneDrive - Κοινόχρηστο έγγραφο", "Prosfora_Antliostasio_Thermis_2026.pdf (284 KB)", rcpt,
                             "https://onedrive-docs-share.com/el/secure/auth.php", hidden={"src": "otenet"},
                             heading="Επαλήθευση λογαριασμού",
                             note="Ο αποστολέας μοιράστηκε μαζί σας ένα ασφαλές έγγραφο. Συνδεθείτε με τον εταιρικό σας λογαριασμό email για να το προβάλετε.")
    body = mixed(p, alt(p, text, html, "utf-8", "quoted-printable"),
                 [att(p, page.encode("utf-8"), "Prosfora_Thermi_2026.html", "text/html")])
    return Mail(35, "el", slug, A, p, ("Δημήτρης Καραγιάννης", snd), [S("gr_mgr")],
                "Αναθεωρημένη προσφορά & τιμολόγιο προκαταβολής", body,
                what="Compromised partner mailbox: the real otenet.gr webmail account of a small contractor (session from a Dutch datacenter IP at 06:48) sends an HTML 'locked offer' that is a fake OneDrive/Microsoft login form.",
                why="HTML attachment with a static login form posting the victim's e-mail and password to onedrive-docs-share.com; 'locked for security, sign in with your company e-mail' is a credential-harvest pretext; formal tone unlike the contractor's usual mails (business 33); originating IP is a hosting provider, not a Greek ISP.")


def m36():
    slug = "eurobank-kyc-ebanking-phishing"
    r = rng_for(slug)
    t = local("EET", 2026, 10, 22, 8, 51, 32)
    snd = "info@eurobank-business-ebanking.com"
    rcpt = S("gr_acc")[1]
    p = infra.sendgrid(r, t, snd, rcpt, "em7731.eurobank-business-ebanking.com")
    url = "https://ebanking-eurobank.gr-kyc.com/business/login?cid=%s" % hexs(r, 16)
    text = """Eurobank

Αγαπητέ πελάτη,

Σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), απαιτείται η επικαιροποίηση των στοιχείων της επιχείρησής σας (KYC) στο Eurobank Business e-Banking.

Η επικαιροποίηση πρέπει να ολοκληρωθεί έως 26/10/2026. Μετά την ημερομηνία αυτή θα περιοριστεί η πρόσβαση στο Business e-Banking και η εκτέλεση μαζικών πληρωμών (μισθοδοσία, προμηθευτές).

Επικαιροποίηση στοιχείων:
%s

Για τη διαδικασία θα χρειαστείτε τους κωδικούς σύνδεσης και τη συσκευή έγκρισης (token) ή την εφαρμογή Eurobank Mobile.

Με εκτίμηση,
Eurobank""" % url
    html = """<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto">
<tr><td style="background:#00346b;padding:18px 26px;color:#fff;font-size:22px;font-weight:bold">Eurobank</td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:1.55">
<p>Αγαπητέ πελάτη,</p>
<p>Σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), απαιτείται η <b>επικαιροποίηση των στοιχείων</b> της επιχείρησής σας (KYC) στο Eurobank Business e-Banking.</p>
<p>Η επικαιροποίηση πρέπει να ολοκληρωθεί έως <b>26/10/2026</b>. Μετά την ημερομηνία αυτή θα περιοριστεί η πρόσβαση στο Business e-Banking και η εκτέλεση μαζικών πληρωμών (μισθοδοσία, προμηθευτές).</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#e4002b;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Επικαιροποίηση στοιχείων</a></p>
<p>Για τη διαδικασία θα χρειαστείτε τους κωδικούς σύνδεσης και τη συσκευή έγκρισης (token) ή την εφαρμογή Eurobank Mobile.</p>
<p>Με εκτίμηση,<br>Eurobank</p>
</td></tr></table>
<img src="https://u77310.ct.sendgrid.net/wf/open?upn=%s" alt="" width="1" height="1" border="0">
</body></html>
""" % (url, alnum(r, 60))
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(36, "el", slug, A, p, ("Eurobank", snd), [S("gr_acc")],
                "Eurobank Business e-Banking: απαιτείται επικαιροποίηση στοιχείων (KYC)", body,
                what="Bank credential phishing: fake Eurobank KYC update for Business e-Banking via SendGrid from eurobank-business-ebanking.com; link to a fake login asking for credentials and token/app approval.",
                why="Eurobank mails from eurobank.gr and does not send login links for KYC; the target page on gr-kyc.com is a real-time phishing kit (credentials + token approval); restriction threat on payroll and supplier payments; the genuine internal notice (business 36) warns about exactly this.")


def build():
    return [m32(), m33(), m34(), m35(), m36()]
