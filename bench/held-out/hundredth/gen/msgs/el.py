# -*- coding: utf-8 -*-
"""Greek messages: attacks 32-36, business 32-36."""
from .common import *  # noqa: F401,F403

P = IB.pretty
DH_IBAN = IB.iban_gr("011", "0125", "0000012500471893")     # National Bank of Greece (Diesel Hellas, genuine)
ATK_EURO = IB.iban_gr("026", "0145", "0000450201884731")    # Eurobank (attack 34)
EG_GR_AFM = IB.gr_afm("80124733")
DH_AFM = IB.gr_afm("99857214")
DH_M365 = {"srv_a": "VI1PR07MB6%03d.eurprd07" % 142, "srv_b": "AM6PR07MB5%03d.eurprd07" % 903, "org": "dieselhellas.gr", "eop": 2, "lang": "el-GR"}


# ================================================================== ATTACKS
@msg("attack", 32, "el", "aade-mydata-mismatch-phish-brevo")
def a32(r):
    link = "https://r.sender-sib.com/mk/cl/f/%s" % r.s(72)
    body = """ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
Ψηφιακή πλατφόρμα myDATA

Αξιότιμε/η φορολογούμενε,

από τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην ψηφιακή πλατφόρμα myDATA για το Γ΄ τρίμηνο 2026 προέκυψαν αποκλίσεις μεταξύ των παραστατικών εσόδων που διαβίβασε η επιχείρησή σας και των αντίστοιχων παραστατικών εξόδων που διαβίβασαν οι αντισυμβαλλόμενοί σας.

Επωνυμία: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.
ΑΦΜ: %s
Πλήθος παραστατικών με απόκλιση: 37
Συνολική αξία αποκλίσεων: 48.216,40 €

Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας, η μη διαβίβαση ή η ανακριβής διαβίβαση δεδομένων στο myDATA επισύρει τα προβλεπόμενα πρόστιμα ανά παραστατικό.

Παρακαλείστε εντός πέντε (5) εργάσιμων ημερών να προβείτε στις απαραίτητες διορθώσεις ή να υποβάλετε τις αντιρρήσεις σας, αφού συνδεθείτε με τους προσωπικούς σας κωδικούς Taxisnet:

Σύνδεση στο myDATA: %s

Μετά την παρέλευση της προθεσμίας η διαφορά θα βεβαιωθεί αυτόματα μαζί με το αναλογούν πρόστιμο.

Με εκτίμηση,
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
Ανεξάρτητη Αρχή Δημοσίων Εσόδων""" % (EG_GR_AFM, link)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-7\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a\">"
            "<table width=\"620\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#003476;color:#fff;padding:14px 22px;font-size:16px;font-weight:bold\">ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ<br><span style=\"font-weight:normal;font-size:13px\">Ψηφιακή πλατφόρμα myDATA</span></td></tr><tr><td style=\"padding:18px 22px;line-height:21px\">\n"
            + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in body.split("\n\n")[1:6])
            + "<p><a href=\"%s\" style=\"background:#003476;color:#fff;padding:10px 24px;text-decoration:none;font-weight:bold\">Σύνδεση στο myDATA</a></p>\n" % link
            + "<p>Μετά την παρέλευση της προθεσμίας η διαφορά θα βεβαιωθεί αυτόματα μαζί με το αναλογούν πρόστιμο.</p><p>Με εκτίμηση,<br>Διεύθυνση Ηλεκτρονικής Διακυβέρνησης<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p></td></tr></table></body></html>\n")
    root = alt(r, "brevo", text(body, "iso-8859-7", "quoted-printable"), Part("text/html", body=html, charset="iso-8859-7", cte="quoted-printable"))
    return dict(
        system="brevo", opts={"bounce_dom": "bounces.aade-mydata.com.gr"},
        dt=at(2026, 11, 10, 9, 2, 36), frm=("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata.com.gr"), to=[S("gr_acc")],
        subject="myDATA: Διαπιστώθηκαν αποκλίσεις στα παραστατικά Γ΄ τριμήνου 2026 – Ειδοποίηση προστίμου", hcs="iso-8859-7", henc="B",
        root=root,
        what="Fake AADE myDATA (Greek e-books) mismatch notice with fine threat; link to log in with Taxisnet credentials",
        why="Not from aade.gr but from aade-mydata.com.gr via Brevo; AADE does not send deep login links; 5-day deadline and automatic fine to create urgency; harvests Taxisnet credentials; the company's accountant warns about exactly this (business 32)",
        pair="b32")


@msg("attack", 33, "el", "quishing-bank-kyc-update")
def a33(r):
    payload = "https://winbank-business-kyc.com/gr/verify?c=%s" % r.hex(20)
    cid = "%s@%s" % (r.hex(12), "piraeus")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#ffd400;padding:14px 22px;font-size:20px;font-weight:bold;color:#0a0a0a">Τράπεζα Πειραιώς <span style="font-size:13px;font-weight:normal">| winbank business</span></td></tr>
<tr><td style="padding:20px 22px;line-height:21px">
<p>Αγαπητέ πελάτη,</p>
<p>Σύμφωνα με τη νομοθεσία για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), η Τράπεζα οφείλει να επικαιροποιεί περιοδικά τα στοιχεία των νομικών προσώπων και των εκπροσώπων τους.</p>
<p>Για την επιχείρησή σας <b>EXAMPLE GROUP HELLAS</b> εκκρεμεί η επικαιροποίηση στοιχείων (KYC). Η διαδικασία ολοκληρώνεται σε λίγα λεπτά από το κινητό σας:</p>
<ol><li>Σαρώστε τον παρακάτω κωδικό QR με την κάμερα του κινητού σας.</li><li>Συνδεθείτε με τους κωδικούς winbank business.</li><li>Επιβεβαιώστε τα στοιχεία των νόμιμων εκπροσώπων.</li></ol>
<p style="text-align:center"><img src="cid:%s" width="200" height="200" alt="QR"></p>
<p>Εάν η επικαιροποίηση δεν ολοκληρωθεί εντός 48 ωρών, η πρόσβαση στις ηλεκτρονικές συναλλαγές θα περιοριστεί προσωρινά σύμφωνα με τους όρους της σύμβασης.</p>
<p>Με εκτίμηση,<br>Τράπεζα Πειραιώς<br>Εξυπηρέτηση Επιχειρήσεων</p>
</td></tr></table></body></html>
""" % cid
    plain = ("Αγαπητέ πελάτη,\n\nΓια την επιχείρησή σας EXAMPLE GROUP HELLAS εκκρεμεί η επικαιροποίηση στοιχείων (KYC).\n"
             "Σαρώστε τον κωδικό QR της HTML έκδοσης του μηνύματος με το κινητό σας και συνδεθείτε με τους κωδικούς winbank business.\n\n"
             "Τράπεζα Πειραιώς – Εξυπηρέτηση Επιχειρήσεων\n")
    rel = related(r, "phpmailer", Part("text/html", body=html, charset="windows-1253", cte="base64"), qr_inline(payload, cid, name="kyc_qr.png"))
    root = alt(r, "phpmailer", text(plain, "windows-1253", "base64"), rel)
    return dict(
        system="vps", opts={"helo": "mail.piraeus-epixeiriseis.com", "rdns": "srv%d.hstgr.cloud" % r.randint(500000, 799999), "ip": "147.93.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
                            "client": "phpmailer"},
        dt=at(2026, 11, 26, 10, 40, 11), frm=("Τράπεζα Πειραιώς", "epixeiriseis@piraeus-epixeiriseis.com"), to=[S("gr_acc")],
        subject="Υποχρεωτική επικαιροποίηση στοιχείων επιχείρησης – winbank business", hcs="windows-1253", henc="B",
        root=root,
        what="Quishing: bank KYC update for the company's online banking; QR code to be scanned with the phone, 48-hour restriction threat",
        why="Look-alike bank domain on a Hostinger VPS with PHPMailer; the QR code (decodable) leads to winbank-business-kyc.com, not the bank; KYC pretext with AML law reference; access-restriction threat; QR moves the victim to an unprotected phone")


@msg("attack", 34, "el", "fuel-supplier-iban-change-lookalike")
def a34(r):
    body = """Καλημέρα σας κυρία Οικονόμου,

σας ενημερώνουμε ότι, λόγω διαδικασίας ελέγχου που διενεργείται αυτή την περίοδο στους λογαριασμούς της εταιρείας μας στην Εθνική Τράπεζα, οι πληρωμές προς την Diesel Hellas θα πρέπει να πραγματοποιούνται προσωρινά στον παρακάτω λογαριασμό:

Τράπεζα: Eurobank
Δικαιούχος: DIESEL HELLAS Μ.Ι.Κ.Ε.
IBAN: %s

Παρακαλούμε το ανεξόφλητο υπόλοιπο του λογαριασμού σας, ύψους 14.380,52 €, να εξοφληθεί έως την Παρασκευή 20/11, ώστε να μη διακοπεί ο εφοδιασμός των λεωφορείων σας με καύσιμα την επόμενη εβδομάδα.

Μόλις ολοκληρώσετε την πληρωμή, στείλτε μας το αποδεικτικό σε αυτό το email. Τα τηλέφωνα του λογιστηρίου παρουσιάζουν πρόβλημα αυτές τις μέρες λόγω μεταφοράς σε νέο πάροχο, οπότε προτιμήστε την επικοινωνία μέσω email.

Με εκτίμηση,

Σοφία Δημητρίου
Λογιστήριο
Diesel Hellas Μ.Ι.Κ.Ε.
ΑΦΜ %s""" % (P(ATK_EURO), DH_AFM)
    ip3, ip4 = r.randint(2, 250), r.randint(2, 250)
    return dict(
        system="vps", opts={"helo": "mail.diesel-hellas.gr", "rdns": "static.%d.%d.21.65.clients.your-server.de" % (ip4, ip3), "ip": "65.21.%d.%d" % (ip3, ip4),
                            "client": "outlook", "lang": "el", "client_ip": "196.251.%d.%d" % (r.randint(1, 250), r.randint(1, 250))},
        dt=at(2026, 11, 17, 9, 14, 3), frm=("Σοφία Δημητρίου", "logistirio@diesel-hellas.gr"), to=[S("gr_acc")],
        subject="Αλλαγή τραπεζικού λογαριασμού πληρωμών – Diesel Hellas", hcs="iso-8859-7", henc="B",
        root=text(body, "iso-8859-7", "8bit"),
        what="Fuel-supplier bank-detail change from look-alike diesel-hellas.gr: 'temporary' Eurobank IBAN, pay the open balance by Friday or supply stops",
        why="Look-alike domain (hyphenated; real: dieselhellas.gr) on a Hetzner VPS instead of the supplier's Microsoft 365; 'temporary' account due to an 'audit', threat to stop fuel deliveries, phones 'down' to block call-back; IBAN mod-97 valid",
        pair="b34")


@msg("attack", 35, "el", "manager-impersonation-whatsapp-move")
def a35(r):
    body = """Ελένη καλημέρα,

είσαι στο γραφείο; Χρειάζομαι να μου στείλεις το κινητό σου, θέλω να σε προσθέσω σε μια ομάδα στο WhatsApp για ένα θέμα που τρέχει με τη Γερμανία. Είναι εμπιστευτικό, μην το συζητήσεις με κανέναν ακόμα.

Γιώργος

Λήψη του Outlook για iOS"""
    root = alt(r, "m365", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html_outlook(body, "utf-8", "EL", font="Aptos"), charset="utf-8", cte="quoted-printable"))
    return dict(
        system="outlook_com", opts={"lang": "el-GR", "eop": 1},
        dt=at(2026, 12, 7, 8, 52, 41), frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos.exgroup@outlook.com"), to=[S("gr_acc")],
        subject="Επείγον", hcs="utf-8", henc="B",
        root=root,
        what="Manager impersonation on outlook.com asking the accountant for her mobile number to move to a 'confidential' WhatsApp group",
        why="Office manager's name on a consumer outlook.com address; secrecy and urgency; moving the conversation to WhatsApp (out of the mail gateway's view) is the opening move of CEO fraud",
        pair="b35")


@msg("attack", 36, "el", "sharepoint-onenote-share-compromised-tenant")
def a36(r):
    link = "https://vlachoslogistics-my.sharepoint.com/:o:/g/personal/k_vlachos_vlachoslogistics_gr/E%s?e=%s" % (r.s(43), r.s(6))
    body = """Ο χρήστης Konstantinos Vlachos κοινοποίησε ένα αρχείο μαζί σας

Εξοφλήσεις τιμολογίων Δεκεμβρίου 2026 – Example Group Hellas

"Καλησπέρα σας, σας αποστέλλουμε το αποδεικτικό εξόφλησης και την αναλυτική κατάσταση των τιμολογίων. Παρακαλούμε για την επιβεβαίωσή σας."

Άνοιγμα: %s

Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.

Δήλωση προστασίας προσωπικών δεδομένων της Microsoft""" % link
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:'Segoe UI',Arial,sans-serif;color:#242424\">"
            "<table width=\"520\" cellpadding=\"0\" cellspacing=\"0\" style=\"border:1px solid #e1dfdd;padding:24px\"><tr><td>"
            "<p style=\"font-size:20px;font-weight:600\">Ο χρήστης Konstantinos Vlachos κοινοποίησε ένα αρχείο μαζί σας</p>"
            "<table style=\"border:1px solid #e1dfdd;width:100%%\"><tr><td style=\"padding:12px;font-size:14px\"><span style=\"color:#7719aa;font-weight:bold\">N</span>&nbsp; Εξοφλήσεις τιμολογίων Δεκεμβρίου 2026 – Example Group Hellas</td></tr></table>"
            "<p style=\"font-size:14px;color:#605e5c\">\"Καλησπέρα σας, σας αποστέλλουμε το αποδεικτικό εξόφλησης και την αναλυτική κατάσταση των τιμολογίων. Παρακαλούμε για την επιβεβαίωσή σας.\"</p>"
            "<p><a href=\"%s\" style=\"background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none;border-radius:4px;font-weight:600\">Άνοιγμα</a></p>"
            "<p style=\"font-size:12px;color:#605e5c\">Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.</p>"
            "<p style=\"font-size:11px;color:#605e5c\">Microsoft &middot; <a href=\"https://go.microsoft.com/fwlink/?LinkId=521839\">Δήλωση προστασίας προσωπικών δεδομένων της Microsoft</a></p></td></tr></table></body></html>\n" % esc(link))
    root = alt(r, "m365", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    mid = lambda rr, dt: "<%s@odspnotify>" % rr.uuid()
    return dict(
        system="service", opts={"helo": "EUR02-VI1-obe.outbound.protection.outlook.com", "rdns": "mail-vi1eur02on20%d.outbound.protection.outlook.com" % 63, "ip": "40.107.241.63",
                                "mid": mid, "z": "UTC", "rp": "no-reply@sharepointonline.com",
                                "inner": ["from AS8PR05MB7%03d.eurprd05.prod.outlook.com (2603:10a6:20b:%x::%x) by\n PAWPR05MB9%03d.eurprd05.prod.outlook.com with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8941.21; {D}"
                                          % (r.randint(100, 999), r.randint(16, 900), r.randint(1, 40), r.randint(100, 999))],
                                "order": ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "__MIME__"],
                                "headers": [("X-MS-Exchange-CrossTenant-Id", r.uuid()), ("X-OriginatorOrg", "vlachoslogistics.gr")]},
        dt=at(2026, 12, 10, 15, 28, 37), frm=("Konstantinos Vlachos", "no-reply@sharepointonline.com"), to=[S("gr_acc")],
        subject="Ο χρήστης Konstantinos Vlachos κοινοποίησε το αρχείο \"Εξοφλήσεις τιμολογίων Δεκεμβρίου 2026\" μαζί σας", hcs="utf-8", henc="B",
        root=root,
        what="Abused genuine SharePoint sharing from a compromised third-party tenant: a OneNote 'payment confirmation' shared with the accountant",
        why="Genuine Microsoft infrastructure and links, but the sharer is a company with no relationship to Example Hellas; OneNote (:o:) notebooks shared as 'payment proofs' are a known vehicle for a second-stage phishing link; compromised tenant mass-sharing",
        pair="b36")


# ================================================================== BUSINESS
@msg("business", 32, "el", "accountant-deadlines-mydata-warning")
def b32(r):
    body = """Καλημέρα Ελένη,

σας υπενθυμίζω τις εκκρεμότητες του Δεκεμβρίου:

- Περιοδική δήλωση ΦΠΑ Νοεμβρίου: έως 31/12. Θα τη συμπληρώσω με βάση τα βιβλία, χρειάζομαι μόνο τα παραστατικά εξόδων που λείπουν (καύσιμα, διόδια Εγνατίας).
- Χαρακτηρισμός εξόδων Νοεμβρίου στο myDATA: τον κάνουμε εμείς από το λογιστικό πρόγραμμα μέχρι τις 20/12.
- ΑΠΔ/ΕΦΚΑ Νοεμβρίου και δώρο Χριστουγέννων οδηγών: η πληρωμή του δώρου έως 21/12.

Επίσης, κυκλοφορούν τις τελευταίες εβδομάδες ψεύτικα email «από την ΑΑΔΕ» για δήθεν αποκλίσεις στο myDATA με σύνδεσμο για είσοδο στο Taxisnet. Η ΑΑΔΕ δεν στέλνει τέτοιους συνδέσμους· τις αποκλίσεις τις βλέπουμε εμείς απευθείας στην πλατφόρμα. Αν λάβετε κάτι παρόμοιο, προωθήστε το μου χωρίς να πατήσετε τον σύνδεσμο.

Καλή συνέχεια,

Παναγιώτης Καραγιάννης
Λογιστής – Φοροτεχνικός Α΄ τάξης
Λογιστικό Γραφείο Καραγιάννη
Εγνατίας 128, 546 30 Θεσσαλονίκη
τηλ. 2310 268 440"""
    plain = text(body, "windows-1253", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "windows-1253", "EL", font="Calibri"), charset="windows-1253", cte="quoted-printable")
    return dict(
        system="hosted", opts={"helo": "cp14.greekwebhost.gr", "rdns": "cp14.greekwebhost.gr", "ip": "185.138.%d.%d" % (r.randint(40, 43), r.randint(2, 250)), "z": "GR", "lang": "el",
                               "client": "outlook", "tls": "1.3",
                               "inner": ["from [46.177.%d.%d] (port=52114 helo=DESKTOP-KARAG01)\n\tby cp14.greekwebhost.gr with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <info@karagiannis-logistes.gr>)\n\tid 1t{ID}-00{ID}\n\tfor eleni.oikonomou@examplegroup.eu;\n\t{D}" % (r.randint(1, 250), r.randint(1, 250))]},
        dt=at(2026, 12, 1, 9, 55, 20), frm=("Παναγιώτης Καραγιάννης", "info@karagiannis-logistes.gr"), to=[S("gr_acc")], cc=[S("gr_mgr")],
        subject="Υπενθύμιση προθεσμιών Δεκεμβρίου – ΦΠΑ, myDATA, δώρο Χριστουγέννων", hcs="windows-1253", henc="B",
        root=alt(r, "outlook", plain, htm),
        what="Genuine reminder from the external accountant (VAT, myDATA, Christmas bonus) including a warning about fake AADE/myDATA mails",
        why="Known accountant's own domain on cPanel hosting with Outlook from a Greek IP, factual deadlines, no links, warns against the exact phishing theme of attack 32",
        pair="a32")


@msg("business", 33, "el", "travel-agency-booking-meteora")
def b33(r):
    body = """Καλησπέρα κύριε Παπαδόπουλε,

θα θέλαμε να κλείσουμε λεωφορείο για διήμερη εκδρομή στα Μετέωρα:

- Σάββατο 12/12 αναχώρηση 07:30 από την πλατεία Αριστοτέλους, Θεσσαλονίκη
- Κυριακή 13/12 επιστροφή γύρω στις 19:00
- 49 άτομα, διανυκτέρευση στην Καλαμπάκα
- Σάββατο απόγευμα μεταφορά στα μοναστήρια, Κυριακή στάση στα Τρίκαλα (Μύλος των Ξωτικών)

Παρακαλώ στείλτε μου προσφορά με ΦΠΑ. Αν χρειάζεται διανυκτέρευση οδηγού, μπορούμε να την κλείσουμε εμείς στο ίδιο ξενοδοχείο.

Ευχαριστώ πολύ,

Νίκος Αντωνίου
Αιγαίο Travel
Τσιμισκή 112, 546 22 Θεσσαλονίκη
τηλ. 2310 245 781"""
    plain = text(body, "iso-8859-7", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "iso-8859-7", "EL", font="Calibri"), charset="iso-8859-7", cte="quoted-printable")
    return dict(
        system="hosted", opts={"helo": "mailout2.otenet.gr", "rdns": "mailout2.otenet.gr", "ip": "83.235.67.%d" % r.randint(20, 40), "z": "GR", "lang": "el", "client": "outlook",
                               "inner": ["from DESKTOP-AIGAIO (athe8042%s.otenet.gr [79.103.%d.%d])\n\tby mailout2.otenet.gr (8.15.2/8.15.2) with ESMTPSA id 5B{ID}\n\tfor <giorgos.papadopoulos@example.com>; {D}" % (r.digits(3), r.randint(1, 250), r.randint(1, 250))]},
        dt=at(2026, 11, 19, 17, 48, 2), frm=("Αιγαίο Travel", "aigaio.travel@otenet.gr"), to=[S("gr_mgr")],
        subject="Κράτηση λεωφορείου – εκδρομή Μετέωρα 12-13/12", hcs="iso-8859-7", henc="B",
        root=alt(r, "outlook", plain, htm),
        what="Genuine booking request from a Thessaloniki travel-agency customer (OTEnet consumer mail, Outlook)",
        why="Known customer on its usual ISP mailbox, concrete itinerary, asks for a quote; no links, attachments or payment data")


@msg("business", 34, "el", "fuel-supplier-invoice-pdf")
def b34(r):
    mark = "4000019%s" % r.digits(8)
    body = """Αγαπητή κυρία Οικονόμου,

σας επισυνάπτουμε το Τιμολόγιο - Δελτίο Αποστολής ΤΔΑ-Β 4471 για τις παραδόσεις πετρελαίου κίνησης του Νοεμβρίου στο αμαξοστάσιο της Πυλαίας (3 παραδόσεις, σύνολο 12.000 λίτρα).

Καθαρή αξία: 15.120,00 €
ΦΠΑ 24%%: 3.628,80 €
Σύνολο: 18.748,80 €

Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ %s). Η πληρωμή γίνεται ως συνήθως στον λογαριασμό μας στην Εθνική Τράπεζα (%s), με πίστωση 30 ημερών.

Με εκτίμηση,

Σοφία Δημητρίου
Λογιστήριο
Diesel Hellas Μ.Ι.Κ.Ε.
Οδός 26, ΒΙ.ΠΕ. Σίνδου, 570 22 Θεσσαλονίκη
τηλ. 2310 797 210""" % (mark, P(DH_IBAN))
    pdfp = pdf("ΤΔΑ-Β_4471_Example_Group_Hellas.pdf", [[
        ("h", "DIESEL HELLAS Μ.Ι.Κ.Ε."), ("s", "Εμπορία υγρών καυσίμων · ΒΙ.ΠΕ. Σίνδου, 570 22 Θεσσαλονίκη · ΑΦΜ " + DH_AFM + " · ΔΟΥ Ιωνίας Θεσσαλονίκης"), "",
        ("b", "ΤΙΜΟΛΟΓΙΟ - ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ  ΤΔΑ-Β 4471"), "Ημερομηνία: 30/11/2026    ΜΑΡΚ: " + mark, "",
        "Πελάτης: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε. · ΑΦΜ " + EG_GR_AFM, "Λεωφ. Γεωργικής Σχολής 65, 555 35 Πυλαία", "",
        ("b", "Περιγραφή                              Ποσότητα (lt)   Τιμή/lt     Αξία"),
        "Πετρέλαιο κίνησης – παράδοση 06/11/2026        4.000      1,2600   5.040,00",
        "Πετρέλαιο κίνησης – παράδοση 17/11/2026        4.000      1,2600   5.040,00",
        "Πετρέλαιο κίνησης – παράδοση 27/11/2026        4.000      1,2600   5.040,00", "",
        "Καθαρή αξία:                                                15.120,00 €", "ΦΠΑ 24%:                                                     3.628,80 €",
        ("b", "Σύνολο:                                                     18.748,80 €"), "",
        "Τρόπος πληρωμής: Επί πιστώσει 30 ημερών · Εθνική Τράπεζα · IBAN " + P(DH_IBAN)]],
        title="ΤΔΑ-Β 4471", author="Diesel Hellas", creator="SoftOne", producer="SoftOne Series 5", date="D:20261130120044+02'00'")
    plain = text(body, "iso-8859-7", "base64")
    htm = Part("text/html", body=html_outlook(body, "iso-8859-7", "EL", font="Calibri"), charset="iso-8859-7", cte="base64")
    root = mixed(r, "m365", alt(r, "m365", plain, htm), pdfp)
    root.parts[1].fn_style = "2047"
    return dict(
        system="m365", opts=DH_M365, dt=at(2026, 11, 30, 12, 9, 51),
        frm=("Σοφία Δημητρίου", "logistirio@dieselhellas.gr"), to=[S("gr_acc")],
        subject="Τιμολόγιο ΤΔΑ-Β 4471 – παραδόσεις πετρελαίου Νοεμβρίου", hcs="iso-8859-7", henc="B",
        root=root,
        what="Genuine fuel-supplier invoice with Greek PDF, myDATA MARK and the usual National Bank account",
        why="Real supplier domain via its Microsoft 365 tenant, consistent arithmetic (12,000 l × €1.26 + 24 % VAT), usual account and payment terms (IBAN mod-97 valid), invoice registered in myDATA",
        pair="a34")


@msg("business", 35, "el", "manager-internal-call-me")
def b35(r):
    body = """Ελένη, καλημέρα.

Για τον προϋπολογισμό του 2027 που πρέπει να στείλουμε στο Ρέγκενσμπουργκ έως τις 11/12, θα ήθελα να τα πούμε σήμερα. Είμαι στο αμαξοστάσιο όλο το πρωί· πάρε με στο κινητό της εταιρείας ή στο εσωτερικό 210 μετά τις 14:00.

Αν μπορείς, φέρε τα στοιχεία καυσίμων Ιανουαρίου–Νοεμβρίου και το πρόγραμμα πληρωμών του leasing για τα δύο νέα λεωφορεία. Έχω ενημερώσει και τη Sabine στο Ρέγκενσμπουργκ ότι θα της στείλουμε το αρχείο την επόμενη εβδομάδα.

Γιώργος

--
Γιώργος Παπαδόπουλος
Διευθυντής Υποκαταστήματος
Example Group Hellas Μον. Ι.Κ.Ε.
Λεωφ. Γεωργικής Σχολής 65, 555 35 Πυλαία, Θεσσαλονίκη
τηλ. +30 2310 480 200 (εσωτ. 210)"""
    plain = text(body, "windows-1253", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "windows-1253", "EL", font="Calibri"), charset="windows-1253", cte="quoted-printable")
    return dict(
        system="exchange_int", dt=at(2026, 12, 4, 8, 31, 7), lang_tag="el-GR",
        frm=S("gr_mgr"), to=[S("gr_acc")],
        subject="Προϋπολογισμός 2027 – να τα πούμε σήμερα", hcs="windows-1253", henc="B",
        root=alt(r, "exchange", plain, htm),
        what="Genuine internal message from the Greek office manager asking the accountant to call him about the 2027 budget",
        why="Internal Exchange via mail-int01 from his real mailbox; uses company phone/extension, routine budget topic, HQ informed; no secrecy, no external channel",
        pair="a35")


@msg("business", 36, "el", "google-sheets-share-school")
def b36(r):
    doc = r.s(44, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
    link = "https://docs.google.com/spreadsheets/d/%s/edit?usp=sharing_eil_se_dm&ts=%s" % (doc, r.hex(8))
    body = """Η Maria Georgiou (grammateia@ekpaideftiria-aristotelis.gr) σας προσκάλεσε να επεξεργαστείτε το παρακάτω υπολογιστικό φύλλο:

Πρόγραμμα μεταφορών μαθητών 2026-27 (β΄ τρίμηνο)

Καλημέρα σας, σας στέλνω το ενημερωμένο πρόγραμμα δρομολογίων από 7 Ιανουαρίου με τις αλλαγές στις στάσεις της Καλαμαριάς. Παρακαλώ σημειώστε απευθείας στο αρχείο αν κάποια ώρα δεν σας εξυπηρετεί.

Άνοιγμα: %s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου επειδή η Maria Georgiou μοιράστηκε ένα υπολογιστικό φύλλο μαζί σας από τα Φύλλα Google.""" % link
    html = ("<!DOCTYPE html><html lang=\"el\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body style=\"font-family:Roboto,Arial,sans-serif\">"
            "<table width=\"600\" style=\"border:1px solid #dadce0;border-radius:8px;padding:24px\"><tr><td>"
            "<p style=\"font-size:16px;color:#202124\">Η Maria Georgiou (<a href=\"mailto:grammateia@ekpaideftiria-aristotelis.gr\">grammateia@ekpaideftiria-aristotelis.gr</a>) σας προσκάλεσε να επεξεργαστείτε το παρακάτω υπολογιστικό φύλλο:</p>"
            "<table style=\"border:1px solid #dadce0;border-radius:16px;padding:8px 16px\"><tr><td style=\"font-size:14px;font-weight:500;color:#202124\">&#9638; Πρόγραμμα μεταφορών μαθητών 2026-27 (β΄ τρίμηνο)</td></tr></table>"
            "<p style=\"font-size:14px;color:#3c4043\">Καλημέρα σας, σας στέλνω το ενημερωμένο πρόγραμμα δρομολογίων από 7 Ιανουαρίου με τις αλλαγές στις στάσεις της Καλαμαριάς. Παρακαλώ σημειώστε απευθείας στο αρχείο αν κάποια ώρα δεν σας εξυπηρετεί.</p>"
            "<p><a href=\"%s\" style=\"background:#0b57d0;color:#fff;padding:10px 24px;border-radius:18px;text-decoration:none;font-weight:500\">Άνοιγμα</a></p>"
            "<p style=\"font-size:11px;color:#5f6368\">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου επειδή η Maria Georgiou μοιράστηκε ένα υπολογιστικό φύλλο μαζί σας από τα Φύλλα Google.</p>"
            "</td></tr></table></body></html>\n" % esc(link))
    root = alt(r, "gmail", text(body, "UTF-8", "quoted-printable"), Part("text/html", body=html, charset="UTF-8", cte="quoted-printable"))
    mid = lambda rr, dt: "<%s-%s@google.com>" % (rr.s(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rr.hex(8))
    return dict(
        system="service", opts={"helo": "mail-sor-f73.google.com", "rdns": "mail-sor-f73.google.com", "ip": "209.85.220.73", "mid": mid, "z": "PT",
                                "rp": "3%s@doclist.bounces.google.com" % r.s(30, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"),
                                "inner": ["by mail-sor-f73.google.com with SMTP id 3f1490d57ef6-%sso%s.6\n        for <giorgos.papadopoulos@example.com>\n        (Google Transport Security);\n        {D}" % (r.hex(12), r.digits(6))],
                                "order": ["MIME-Version", "Reply-To", "Date", "Message-ID", "Subject", "From", "To", "__MIME__"],
                                "headers": [("X-Notifications", "%s" % r.hex(16)), ("Feedback-ID", "P-6-0:C20051823:M110173240-el:gamma")]},
        dt=at(2026, 12, 15, 10, 12, 30), frm=("Maria Georgiou (μέσω Φύλλων Google)", "drive-shares-dm-noreply@google.com"),
        reply_to=("Maria Georgiou", "grammateia@ekpaideftiria-aristotelis.gr"), to=[S("gr_mgr")],
        subject="Υπολογιστικό φύλλο που κοινοποιήθηκε μαζί σας: \"Πρόγραμμα μεταφορών μαθητών 2026-27 (β΄ τρίμηνο)\"", hcs="UTF-8", henc="B",
        root=root,
        what="Genuine Google Sheets share from a school customer: updated pupil-transport timetable",
        why="Google's own sharing infrastructure, Reply-To is the school's real address, document matches the school-transport contract, link on docs.google.com; the sharer has a business relationship (contrast attack 36)",
        pair="a36")
