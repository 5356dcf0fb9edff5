"""Greek genuine business messages (5)."""

import org
from core import mail, Text, Multi
from infra import Client, Hosted, EXO, Gmail, ralnum
from mime import HStyle
from org import NATIVE, A


def _greek_clean(s, cs):
    """Strip characters a legacy Greek charset cannot carry (typed text)."""
    for a, b in (("–", "-"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("€", "ευρώ")):
        try:
            a.encode(cs)
        except UnicodeEncodeError:
            s = s.replace(a, b)
    s.encode(cs)
    return s


# 32 ---------------------------------------------------------------------
def karagiannis_order():
    body = """Καλημέρα κ. Νίκο,

σας στέλνω την παραγγελία μας όπως τα είπαμε στο τηλέφωνο:

- 6 καναπέδες Milano τριθέσιοι, ύφασμα Tessa 14 (ανθρακί)
- 4 πολυθρόνες Milano, ίδιο ύφασμα
- 2 τραπεζάκια σαλονιού Linea, δρυς φυσική

Παράδοση στην αποθήκη μας στη Λάρισα (ΒΙΠΕ Λάρισας, Οδός 7). Την προκαταβολή 30% θα την καταθέσουμε στην Πειραιώς μόλις μας στείλετε το προτιμολόγιο.

Ευχαριστώ πολύ,
Γιώργος Καραγιάννης
Έπιπλα Καραγιάννης - Λάρισα
Τηλ. 2410 553 218
"""
    body = _greek_clean(body, "iso-8859-7")
    route = Hosted("mailout.otenet.gr", "mailout.otenet.gr", "83.235.69.25", mta="otenet",
                   origin=("KARAGIANNIS-PC", "ppp-94-68-122-9.home.otenet.gr", "94.68.122.9"), zone="EET",
                   tls="1.2")
    cl = Client("wlm", domain="KARAGIANNIS-PC", hstyle=HStyle("iso-8859-7", "B", quote_names=True),
                mailer="Microsoft Windows Live Mail 16.4.3528.331",
                extra=[("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"),
                       ("X-Priority", "3"), ("X-MSMail-Priority", "Normal")],
                mid=lambda rng, t: "<9A1B7C3D5E2F4A6B8C0D1E2F3A4B5C6D@KARAGIANNIS-PC>")
    return mail(kind="business", lang="el", slug="karagiannis-paraggelia-118",
                t="2026-11-18 10:31:12", rcpt=A("gr_mgr"), route=route, client=cl, date_zone="EET",
                frm=("Καραγιάννης Έπιπλα", "karagiannis.epipla@otenet.gr"), to=[NATIVE["gr_mgr"]],
                subject="Παραγγελία Νο 118 - καναπέδες Milano",
                body=Multi("alternative", [
                    Text(body, charset="iso-8859-7", cte="quoted-printable"),
                    Text("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n<HTML><HEAD>\n"
                         "<META content=\"text/html; charset=iso-8859-7\" http-equiv=Content-Type>\n</HEAD>\n"
                         "<BODY style=\"PADDING-LEFT: 10px; PADDING-RIGHT: 10px; PADDING-TOP: 15px\">\n"
                         + "".join("<DIV><FONT face=Calibri>%s</FONT></DIV>\n" % (org.esc(x) or "&nbsp;")
                                   for x in body.split("\n")) + "</BODY></HTML>\n",
                         "html", charset="iso-8859-7", cte="quoted-printable")]),
                hn=["karagiannis-threadhijack-onedrive"],
                pair="retailer's order thread later hijacked",
                what="Retail customer's genuine order from his OTEnet mailbox (Windows Live Mail, iso-8859-7).",
                why="Usual customer, client and charset; order details only, down payment by bank transfer "
                    "after the pro-forma; no links.")


# 33 ---------------------------------------------------------------------
def aegean_complaint():
    body = """Αγαπητέ κ. Παπαδόπουλε,

σας ενημερώνουμε ότι οι 48 ντουλάπες και τα 96 κομοδίνα για την ανακαίνιση του Aegean Blue Kassandra, που σύμφωνα με τη σύμβαση έπρεπε να παραδοθούν έως τις 20/11/2026, δεν έχουν ακόμη φτάσει. Δεν έχουμε λάβει ούτε ενημέρωση για νέα ημερομηνία.

Το συνεργείο τοποθέτησης είναι προγραμματισμένο για τις 7/12 και η επαναλειτουργία του ξενοδοχείου για τις 20/12. Σας υπενθυμίζουμε ότι ο όρος 9.2 της σύμβασης προβλέπει ρήτρα καθυστέρησης 0,5% επί της αξίας της παραγγελίας για κάθε εβδομάδα καθυστέρησης.

Παρακαλούμε για γραπτή επιβεβαίωση της νέας ημερομηνίας παράδοσης έως την Τετάρτη 25/11.

Με εκτίμηση,

Μαρία Αντωνίου
Υπεύθυνη Προμηθειών
Aegean Blue Resorts Α.Ε.
Τηλ. 23710 41 200
"""
    body = _greek_clean(body, "windows-1253")
    route = EXO("aegeanblue.gr", region="EUR", zone="EET")
    cl = Client("outlook-exo", hstyle=HStyle("windows-1253", "B"))
    return mail(kind="business", lang="el", slug="aegean-blue-kathysterisi-paradosis",
                t="2026-11-23 09:10:26", rcpt=A("gr_mgr"), route=route, client=cl, date_zone="UTC",
                frm=("Μαρία Αντωνίου", "m.antoniou@aegeanblue.gr"), to=[NATIVE["gr_mgr"]],
                cc=[("Felix Krämer", A("contract"))],
                subject="Καθυστέρηση παράδοσης επίπλων δωματίων - Aegean Blue Kassandra",
                extra=[("Importance", "high")],
                body=Multi("alternative", [
                    Text(body, charset="windows-1253", cte="quoted-printable"),
                    Text(org.to_html_outlook(body, lang="EL"), "html", charset="windows-1253",
                         cte="quoted-printable")]),
                what="Hotel customer's genuine complaint about a late delivery, citing the penalty clause.",
                why="Known customer on its Microsoft 365 tenant; specific contract clause and dates; contract "
                    "sales head in Cc; asks for a written delivery date, nothing else.")


# 34 ---------------------------------------------------------------------
def logistis_mydata():
    body = """Καλησπέρα Ελένη,

έκανα τη συμφωνία του Οκτωβρίου στο myDATA. Όλα τα παραστατικά πωλήσεων έχουν διαβιβαστεί κανονικά από το ERP. Βρήκα μόνο 3 τιμολόγια αγορών της Tessitura Brianza που ο προμηθευτής τα έχει διαβιβάσει χωρίς το ΑΦΜ μας (ως ενδοκοινοτικές χωρίς στοιχεία αντισυμβαλλόμενου), οπότε εμφανίζονται ως αποκλίσεις.

Δεν χρειάζεται να κάνεις κάτι στο σύστημα - θα τα χαρακτηρίσω εγώ από το λογιστήριο. Θα ήθελα μόνο να μου στείλεις τα PDF των τριών τιμολογίων (2026/1003, 2026/1041, 2026/1087) για τον φάκελο.

Η προθεσμία για τη δήλωση ΦΠΑ είναι 30/11, είμαστε εντάξει.

Καλό βράδυ,
Σοφία

--
Σοφία Παπαδάκη
Λογίστρια - Φοροτεχνικός Α' τάξης
Λογιστικό Γραφείο Παπαδάκη
Εγνατίας 134, 546 22 Θεσσαλονίκη · Τηλ. 2310 269 417
"""
    cl = Client("gmail", hstyle=HStyle("utf-8", "B"))
    return mail(kind="business", lang="el", slug="logistis-mydata-apokliseis",
                t="2026-11-17 17:22:48", rcpt=A("gr_acc"), route=Gmail(zone="EET"), client=cl,
                date_zone="EET",
                frm=("Σοφία Παπαδάκη", "sofia@logistiki-papadaki.gr"), to=[NATIVE["gr_acc"]],
                subject="myDATA Οκτωβρίου - 3 τιμολόγια αγορών με απόκλιση",
                body=Multi("alternative", [Text(body, charset="UTF-8", cte="base64"),
                                           Text(org.to_html_gmail(body), "html", charset="UTF-8", cte="base64")]),
                hn=["mydata-aade-prostimo"],
                pair="myDATA discrepancies for October",
                what="External accountant's genuine note about three supplier invoices showing as myDATA "
                     "discrepancies.",
                why="Known accountant on her Google Workspace domain; explains the cause, handles it herself, "
                    "asks only for three PDFs; no link, no login, no fine threat.")


# 35 ---------------------------------------------------------------------
def google_alert():
    who = "nikos.papadopoulos@example.com"
    tok = ralnum(__import__("random").Random(35), 40)
    link = "https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/1794080641000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s" % (who, tok)
    txt = """Νέα σύνδεση σε Android

%s

Εντοπίσαμε μια νέα σύνδεση στον Λογαριασμό σας Google σε μια συσκευή Android. Αν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Αν όχι, θα σας βοηθήσουμε να προστατέψετε τον λογαριασμό σας.

Έλεγχος δραστηριότητας
%s

Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση
https://myaccount.google.com/notifications

Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να ενημερωθείτε σχετικά με σημαντικές αλλαγές στον Λογαριασμό σας Google και στις υπηρεσίες σας.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (who, link)
    html = """<!DOCTYPE html><html lang="el"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%%" height="100%%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0">
<tr align="center"><td><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px">
<tr><td style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px" align="center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">
<div style="font-family:'Google Sans',Roboto,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center">
<div style="font-size:24px">Νέα σύνδεση σε Android</div>
<table align="center" style="margin-top:8px"><tr><td style="font-size:14px;color:rgba(0,0,0,0.87)">%s</td></tr></table></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:left">
Εντοπίσαμε μια νέα σύνδεση στον Λογαριασμό σας Google σε μια συσκευή Android. Αν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Αν όχι, θα σας βοηθήσουμε να προστατέψετε τον λογαριασμό σας.
<div style="padding-top:32px;text-align:center"><a href="%s" style="font-family:'Google Sans',Roboto,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px;min-width:90px">Έλεγχος δραστηριότητας</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div>
</td></tr></table>
<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">
Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να ενημερωθείτε σχετικά με σημαντικές αλλαγές στον Λογαριασμό σας Google και στις υπηρεσίες σας.
<div style="direction:ltr">&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></div></div>
</td></tr></table></body></html>
""" % (who, link)
    route = Gmail(zone="UTC", host=6, transport_security=True)
    cl = Client("google", domain="notifications.google.com", hstyle=HStyle("UTF-8", "B"))
    return mail(kind="business", lang="el", slug="google-eidopoiisi-asfaleias",
                t="2026-11-07 19:44:12", rcpt=A("gr_mgr"), route=route, client=cl, lag=(1, 3),
                env_from="3vN0hZwgTCnYop-sfqmzBDDvsuhy.lttlqjxsfomdrqjwv.sevrpcgqmrc@gaia.bounces.google.com",
                frm=("Google", "no-reply@accounts.google.com"), to=[("", A("gr_mgr"))],
                subject="Ειδοποίηση ασφαλείας",
                body=Multi("alternative", [Text(txt, charset="UTF-8", cte="base64"),
                                           Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
                what="Genuine Google security alert (new Android sign-in) for the Greek office manager's "
                     "Google account registered on his work address (Business Profile).",
                why="From no-reply@accounts.google.com via Google's own servers (mail-sor-*); links only to "
                    "accounts.google.com / myaccount.google.com; informational.")


# 36 ---------------------------------------------------------------------
def ergani_internal():
    body = """Ελένη, καλημέρα,

ο νέος αποθηκάριος, ο Κώστας Δημητρίου, ξεκινά την Τρίτη 1/12. Τη Δευτέρα η Σοφία θα κάνει την αναγγελία πρόσληψης (έντυπο Ε3.4) στο ΕΡΓΑΝΗ ΙΙ και θα τον περάσει στο ωράριο για την ψηφιακή κάρτα εργασίας.

Στείλε της σε παρακαλώ σήμερα τη σύμβαση υπογεγραμμένη και τα στοιχεία του (ΑΜΚΑ, ΑΦΜ, IBAN) - τα έχω αφήσει στον φάκελο Προσωπικό 2026 στον κοινόχρηστο δίσκο.

Υ.Γ. Αν έρθει κάποιο email "από το ΕΡΓΑΝΗ" με QR ή συνδέσμους για επαναπιστοποίηση, το αγνοούμε. Όλα γίνονται από τη Σοφία μέσω gov.gr με τους δικούς της κωδικούς.

Ευχαριστώ,
Νίκος
"""
    body = _greek_clean(body, "iso-8859-7")
    r, c = org.internal("el", host_n=5)
    return mail(kind="business", lang="el", slug="ergani-proslipsi-esoteriko",
                t="2026-11-25 11:40:27", rcpt=A("gr_acc"), route=r, client=c,
                frm=org.S["gr_mgr"], to=[org.S["gr_acc"]],
                subject="ΕΡΓΑΝΗ - πρόσληψη αποθηκάριου από 01/12",
                body=Multi("alternative", [
                    Text(body, charset="iso-8859-7", cte="quoted-printable"),
                    Text(org.to_html_outlook(body, lang="EL"), "html", charset="iso-8859-7",
                         cte="quoted-printable")]),
                hn=["ergani-quishing-kartas-ergasias"],
                pair="ΕΡΓΑΝΗ / digital work card",
                what="Internal mail from the Greek office manager about registering a new hire in ΕΡΓΑΝΗ ΙΙ.",
                why="Internal mail via Exchange and mail-int01; the registration is done by the external "
                    "accountant via gov.gr; explicitly tells staff to ignore 'ΕΡΓΑΝΗ' e-mails with QR codes.")


MESSAGES = [karagiannis_order, aegean_complaint, logistis_mydata, google_alert, ergani_internal]
