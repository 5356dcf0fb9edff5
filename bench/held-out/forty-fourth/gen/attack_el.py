"""Greek attack messages (5)."""

import base64

import ids
import org
import qr
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, ESP, Bot
from mime import HStyle
from org import NATIVE, A

U = HStyle("utf-8", "B")
AFM_EG = ids.gr_afm("80134725")


# 32 ---------------------------------------------------------------------
def mydata():
    link = "https://u59302.ct.sendgrid.net/ls/click?upn=u001." + base64.urlsafe_b64encode(
        b"https://mydata-aade.gr.com/myDATA/login?afm=" + AFM_EG.encode()).decode().rstrip("=")
    txt = """ΑΑΔΕ – Ανεξάρτητη Αρχή Δημοσίων Εσόδων
myDATA – Ηλεκτρονικά Βιβλία

Αξιότιμε/η φορολογούμενε,

Από τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα myDATA προέκυψε ότι 17 παραστατικά πωλήσεων του Οκτωβρίου 2026 της επιχείρησης με ΑΦΜ %s δεν έχουν διαβιβαστεί ή έχουν διαβιβαστεί με αποκλίσεις ως προς τον αντισυμβαλλόμενο.

Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας, η μη διαβίβαση επισύρει πρόστιμο 100 ευρώ ανά παραστατικό. Για να αποφύγετε την επιβολή προστίμου, παρακαλούμε να ελέγξετε και να επιβεβαιώσετε τα παραστατικά εντός 72 ωρών, συνδεόμενοι με τους κωδικούς Taxisnet:

%s

Με εκτίμηση,
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
ΑΑΔΕ
""" % (AFM_EG, link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#003476;color:#fff;padding:14px 20px"><b style="font-size:20px">ΑΑΔΕ</b><br>
<span style="font-size:12px">Ανεξάρτητη Αρχή Δημοσίων Εσόδων &middot; myDATA &ndash; Ηλεκτρονικά Βιβλία</span></div>
<div style="padding:20px">
<p>Αξιότιμε/η φορολογούμενε,</p>
<p>Από τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα myDATA προέκυψε ότι <b>17 παραστατικά
πωλήσεων του Οκτωβρίου 2026</b> της επιχείρησης με ΑΦΜ <b>%s</b> δεν έχουν διαβιβαστεί ή έχουν διαβιβαστεί με
αποκλίσεις ως προς τον αντισυμβαλλόμενο.</p>
<p>Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας, η μη διαβίβαση επισύρει πρόστιμο 100 ευρώ ανά
παραστατικό. Για να αποφύγετε την επιβολή προστίμου, ελέγξτε και επιβεβαιώστε τα παραστατικά <b>εντός 72 ωρών</b>.</p>
<p><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Είσοδος με κωδικούς Taxisnet</a></p>
<p>Με εκτίμηση,<br>Διεύθυνση Ηλεκτρονικής Διακυβέρνησης<br>ΑΑΔΕ</p></div></body></html>
""" % (AFM_EG, link)
    route = ESP("sendgrid", zone="UTC")
    cl = Client("sendgrid", hstyle=U)
    return mail(kind="attack", lang="el", slug="mydata-aade-prostimo",
                t="2026-11-13 10:44:05", rcpt=A("gr_acc"), route=route, client=cl,
                env_from="bounces+39211874-07af-eleni.georgiou=example.com@em2207.mydata-aade.gr.com",
                frm=("ΑΑΔΕ - myDATA", "noreply@mydata-aade.gr.com"), to=[("", A("gr_acc"))],
                subject="myDATA: Εκκρεμής διαβίβαση 17 παραστατικών - Πρόστιμο άρθρου 54 ΚΦΔ",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="base64"),
                                           Text(html, "html", charset="utf-8", cte="base64")]),
                what="Tax/e-invoicing phishing: AADE 'myDATA' claims 17 invoices were not transmitted and "
                     "threatens a EUR 100-per-document fine; link asks for Taxisnet credentials.",
                why="Domain mydata-aade.gr.com (real: aade.gr) via an abused SendGrid account with a "
                    "tracking redirect; AADE does not e-mail links requesting Taxisnet codes; 72-hour fine "
                    "threat. The external accountant's real myDATA follow-up is business 34.")


# 33 ---------------------------------------------------------------------
def karagiannis_hijack():
    link = "https://karagiannis-my.sharepoint.com.docs-view-secure.com/:b:/g/personal/apodeiksi_peiraios_118.pdf"
    body = """Καλημέρα κ. Νίκο,

σας στέλνω όπως συμφωνήσαμε το αποδεικτικό πληρωμής της προκαταβολής (30%%) για την παραγγελία 118 από την Τράπεζα Πειραιώς. Επειδή το αρχείο είναι μεγάλο, το ανέβασα στο OneDrive:

%s

Θα χρειαστεί να συνδεθείτε με το εταιρικό σας email για να το δείτε.

Παρακαλώ επιβεβαιώστε μου ότι το λάβατε ώστε να προγραμματίσουμε τη φόρτωση.

Ευχαριστώ,
Γιώργος Καραγιάννης
Έπιπλα Καραγιάννης – Λάρισα
Τηλ. 2410 553 218

-----Αρχικό μήνυμα-----
Από: Nikos Papadopoulos <nikos.papadopoulos@example.com>
Προς: karagiannis.epipla@otenet.gr
Θέμα: RE: Παραγγελία Νο 118 - καναπέδες Milano
Ημερομηνία: 20/11/2026 12:14

Κύριε Καραγιάννη, καλημέρα,
η παραγγελία 118 (6 καναπέδες Milano τριθέσιοι, ύφασμα Tessa 14, και 4 πολυθρόνες) έχει καταχωρηθεί. Με την προκαταβολή του 30%% ξεκινάμε την παραγωγή, παράδοση εβδομάδα 2/2027.
Νίκος Παπαδόπουλος
""" % link
    route = Hosted("mailout.otenet.gr", "mailout.otenet.gr", "83.235.69.25", mta="otenet",
                   origin=("webmail.otenet.gr", "webmail.otenet.gr", "83.235.69.40"), zone="EET", tls="1.2")
    cl = Client("roundcube", domain="otenet.gr", hstyle=U, mailer="Roundcube Webmail/1.4.15")
    return mail(kind="attack", lang="el", slug="karagiannis-threadhijack-onedrive",
                t="2026-11-27 06:52:31", rcpt=A("gr_mgr"), route=route, client=cl,
                frm=("Καραγιάννης Έπιπλα", "karagiannis.epipla@otenet.gr"), to=[NATIVE["gr_mgr"]],
                subject="RE: Παραγγελία Νο 118 - καναπέδες Milano",
                refs=("<6d0e4f7a2b1c4e9d8a3f5b7c9e1d2a4f@EXCH02.corp.example.com>",
                      ["<9A1B7C3D5E2F4A6B8C0D1E2F3A4B5C6D@KARAGIANNIS-PC>",
                       "<6d0e4f7a2b1c4e9d8a3f5b7c9e1d2a4f@EXCH02.corp.example.com>"]),
                body=Text(body, charset="UTF-8", cte="8bit", params="; format=flowed"),
                what="Thread hijack from the compromised OTEnet mailbox of retailer Karagiannis: 'proof of "
                     "down-payment' behind a fake OneDrive/SharePoint link that asks for the corporate login.",
                why="Real customer address and thread, but sent through OTE webmail at 06:52 instead of the "
                    "customer's Windows Live Mail in iso-8859-7 (business 32); the link host is "
                    "docs-view-secure.com with 'sharepoint.com' only as a subdomain label; payment proofs "
                    "don't need a Microsoft login.")


# 34 ---------------------------------------------------------------------
def exodiko():
    link = "https://antoniadis-lawfirm.com/wp-content/uploads/2026/12/Exodiko_2026-4471_fakelos.zip"
    body = """Αξιότιμοι κύριοι,

Ενεργώντας ως πληρεξούσιοι δικηγόροι της ανώνυμης εταιρείας «ΞΥΛΕΜΠΟΡΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.», σας κοινοποιούμε συνημμένα εξώδικη δήλωση – διαμαρτυρία και πρόσκληση για την εξόφληση ληξιπρόθεσμων οφειλών της εταιρείας σας ύψους 38.412,60 €, απορρέουσες από τα τιμολόγια πώλησης ξυλείας που αναφέρονται αναλυτικά στον φάκελο της υπόθεσης.

Σε περίπτωση μη εξόφλησης εντός πέντε (5) ημερών από την παρούσα, η εντολέας μας θα προβεί χωρίς άλλη προειδοποίηση στην κατάθεση αίτησης έκδοσης διαταγής πληρωμής ενώπιον του Ειρηνοδικείου Θεσσαλονίκης, επιφυλασσόμενη παντός νομίμου δικαιώματός της.

Το πλήρες κείμενο της εξώδικης δήλωσης μαζί με τα αντίγραφα των τιμολογίων και των αποδεικτικών επίδοσης είναι διαθέσιμο στον ακόλουθο σύνδεσμο (συμπιεσμένος φάκελος):

%s

Με τιμή,

Δημήτριος Αντωνιάδης
Δικηγόρος παρ' Αρείω Πάγω
ΑΝΤΩΝΙΑΔΗΣ & ΣΥΝΕΡΓΑΤΕΣ – Δικηγορική Εταιρεία
Τσιμισκή 112, 546 22 Θεσσαλονίκη
""" % link
    route = Hosted("mail.antoniadis-lawfirm.com", "srv692014.hstgr.cloud", "147.93.52.118", mta="postfix",
                   origin=("DESKTOP-Q4K8M1T", "unknown", "176.58.195.7"), by="mail.antoniadis-lawfirm.com",
                   zone="EET")
    cl = Client("outlook", domain="antoniadis-lawfirm.com", hstyle=HStyle("windows-1253", "B", quote_names=True),
                mailer="Microsoft Outlook 16.0")
    return mail(kind="attack", lang="el", slug="exodiko-dikigoros-zip-link",
                t="2026-12-07 09:26:44", rcpt=A("gr_mgr"), route=route, client=cl, date_zone="EET",
                frm=("Αντωνιάδης & Συνεργάτες - Δικηγορική Εταιρεία", "grammateia@antoniadis-lawfirm.com"),
                to=[NATIVE["gr_mgr"]],
                subject="Εξώδικη δήλωση - διαμαρτυρία και πρόσκληση (αρ. φακ. 2026/4471)",
                body=Multi("alternative", [
                    Text(body, charset="windows-1253", cte="quoted-printable"),
                    Text(org.to_html_outlook(body, lang="EL"), "html", charset="windows-1253",
                         cte="quoted-printable")]),
                what="Fake law-firm 'extrajudicial notice' for an unknown timber debt with a link to a ZIP "
                     "'case file' on the sender's WordPress uploads folder (malware delivery).",
                why="No business relationship with the named creditor; 'attached' notice is actually a "
                    "download link to a ZIP; lawyers serve εξώδικα via court bailiff, not by e-mail "
                    "link; freshly hosted domain on a Hostinger VPS; 5-day threat.")


# 35 ---------------------------------------------------------------------
def paypal_toad():
    txt = """PayPal

Norton Billing Department σάς έστειλε ένα τιμολόγιο

Ποσό οφειλής: 499,99 € EUR
Αριθμός τιμολογίου: INV2-7KQ4-M9XR-2HBL-3TQV
Ημερομηνία λήξης: 07 Δεκ 2026

Σημείωση από τον πωλητή:
"Η συνδρομή σας Norton 360 Total Security (5 συσκευές) ανανεώθηκε. Το ποσό θα χρεωθεί αυτόματα. Εάν δεν αναγνωρίζετε αυτή τη συναλλαγή, καλέστε άμεσα το τμήμα χρεώσεων στο +1 (844) 555-0172 για ακύρωση και πλήρη επιστροφή χρημάτων εντός 24 ωρών."

Προβολή και πληρωμή τιμολογίου:
https://www.paypal.com/invoice/p/#INV27KQ4M9XR2HBL3TQV

Δεν είναι απάτη; Η PayPal δεν θα σας ζητήσει ποτέ τον κωδικό πρόσβασής σας μέσω email.

Copyright © 1999-2026 PayPal. Με την επιφύλαξη παντός δικαιώματος.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'PayPal Sans',Helvetica,Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px 32px;font-size:26px;font-weight:bold;color:#003087">PayPal</td></tr>
<tr><td style="padding:0 32px;font-size:22px;color:#2c2e2f">Norton Billing Department σάς έστειλε ένα τιμολόγιο</td></tr>
<tr><td style="padding:16px 32px;font-size:15px;color:#2c2e2f">
<p>Ποσό οφειλής: <b>499,99 € EUR</b><br>Αριθμός τιμολογίου: INV2-7KQ4-M9XR-2HBL-3TQV<br>Ημερομηνία λήξης: 07 Δεκ 2026</p>
<p style="background:#f5f7fa;padding:12px"><b>Σημείωση από τον πωλητή:</b><br>Η συνδρομή σας Norton 360 Total Security
(5 συσκευές) ανανεώθηκε. Το ποσό θα χρεωθεί αυτόματα. Εάν δεν αναγνωρίζετε αυτή τη συναλλαγή, καλέστε άμεσα το
τμήμα χρεώσεων στο +1 (844) 555-0172 για ακύρωση και πλήρη επιστροφή χρημάτων εντός 24 ωρών.</p>
<p><a href="https://www.paypal.com/invoice/p/#INV27KQ4M9XR2HBL3TQV" style="background:#0070e0;color:#fff;padding:10px 28px;
border-radius:20px;text-decoration:none">Προβολή και πληρωμή τιμολογίου</a></p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6c7378">Copyright &copy; 1999-2026 PayPal. Με την επιφύλαξη παντός
δικαιώματος.<br>PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</td></tr>
</table></body></html>
"""
    route = ESP("paypal", zone="USP")
    cl = Client("generic", domain="paypal.com", hstyle=U,
                mid=lambda rng, t: "<%s.%d.JavaMail.httpd@ccg01mail%02d.slc.paypal.com>" % (
                    "".join(rng.choice("0123456789abcdef") for _ in range(12)), rng.randint(10 ** 9, 10 ** 10 - 1),
                    rng.randint(1, 40)))
    return mail(kind="attack", lang="el", slug="paypal-timologio-callback",
                t="2026-12-04 18:22:37", rcpt=A("gr_acc"), route=route, client=cl, date_zone="USP",
                env_from="service@intl.paypal.com",
                frm=("service@intl.paypal.com", "service@intl.paypal.com"), to=[("", A("gr_acc"))],
                subject="Τιμολόγιο από Norton Billing Department (INV2-7KQ4-M9XR-2HBL-3TQV)",
                body=Multi("alternative", [Text(txt, charset="UTF-8", cte="quoted-printable"),
                                           Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
                what="Callback phishing through a genuine PayPal invoice: the attacker's PayPal business "
                     "account ('Norton Billing Department') puts a phone number in the seller note.",
                why="Abuse of a genuine service — headers and links are really PayPal's, so reputation "
                    "checks pass; the payload is the phone number and the fake EUR 499.99 renewal; the "
                    "company has no Norton subscription via PayPal; callers are talked into remote access.")


# 36 ---------------------------------------------------------------------
def ergani_qr():
    url = "https://ergani-gov.gr.com/eisodos/ergodotis?afm=%s&k=DKE" % AFM_EG
    png = qr.qr_png(url, scale=5)
    txt = """ΕΡΓΑΝΗ ΙΙ – Υπουργείο Εργασίας και Κοινωνικής Ασφάλισης

Ψηφιακή Κάρτα Εργασίας – Υποχρεωτική επαναπιστοποίηση εργοδότη

Αξιότιμε/η εργοδότη,

Στο πλαίσιο της μετάβασης στο νέο πληροφοριακό σύστημα ΕΡΓΑΝΗ ΙΙ, όλοι οι εργοδότες που εφαρμόζουν Ψηφιακή Κάρτα Εργασίας οφείλουν να επαναπιστοποιήσουν τον λογαριασμό τους έως 30/11/2026.

Σαρώστε τον κωδικό QR με την κάμερα του κινητού σας και συνδεθείτε με τους κωδικούς Taxisnet του νόμιμου εκπροσώπου.

Μετά την προθεσμία, οι δηλώσεις έναρξης/λήξης εργασίας δεν θα γίνονται δεκτές και θα επιβάλλεται το πρόστιμο των 10.500 € ανά εργαζόμενο για αδήλωτη εργασία.

ΕΡΓΑΝΗ ΙΙ
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#0d3b66;color:#fff;padding:14px 20px;font-size:18px"><b>ΕΡΓΑΝΗ ΙΙ</b> &ndash; Υπουργείο Εργασίας και Κοινωνικής Ασφάλισης</div>
<div style="padding:20px">
<h3>Ψηφιακή Κάρτα Εργασίας &ndash; Υποχρεωτική επαναπιστοποίηση εργοδότη</h3>
<p>Αξιότιμε/η εργοδότη,</p>
<p>Στο πλαίσιο της μετάβασης στο νέο πληροφοριακό σύστημα ΕΡΓΑΝΗ ΙΙ, όλοι οι εργοδότες που εφαρμόζουν Ψηφιακή Κάρτα
Εργασίας οφείλουν να επαναπιστοποιήσουν τον λογαριασμό τους <b>έως 30/11/2026</b>.</p>
<p>Σαρώστε τον κωδικό QR με την κάμερα του κινητού σας:</p>
<p><img src="cid:ergani-qr@gov" width="170" height="170" alt="QR"></p>
<p>Μετά την προθεσμία, οι δηλώσεις έναρξης/λήξης εργασίας δεν θα γίνονται δεκτές και θα επιβάλλεται το πρόστιμο
των 10.500 &euro; ανά εργαζόμενο για αδήλωτη εργασία.</p></div></body></html>
"""
    route = Bot("mail.thalassa-taverna.gr", "host-46-176-12-207.ipv4.cosmote.net", "46.176.12.207",
                zone="EET", tls="1.2")
    cl = Client("phpmailer", domain="thalassa-taverna.gr", hstyle=U,
                mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    body = Multi("related", [
        Multi("alternative", [Text(txt, charset="utf-8", cte="base64"),
                              Text(html, "html", charset="utf-8", cte="base64")]),
        Bin(png, "image/png", "qr.png", disposition="inline", cid="ergani-qr@gov")])
    return mail(kind="attack", lang="el", slug="ergani-quishing-kartas-ergasias",
                t="2026-11-20 12:07:58", rcpt=A("gr_acc"), route=route, client=cl,
                env_from="info@thalassa-taverna.gr",
                frm=("ΕΡΓΑΝΗ ΙΙ", "noreply@ergani-gov.gr.com"), to=[("", A("gr_acc"))],
                subject="ΕΡΓΑΝΗ ΙΙ: Υποχρεωτική επαναπιστοποίηση εργοδότη έως 30/11/2026",
                body=body, qr=url,
                what="Quishing impersonating the Greek labour-ministry system ΕΡΓΑΝΗ ΙΙ (digital work card): "
                     "'mandatory employer re-certification', QR to a Taxisnet credential page.",
                why="Sent from a home DSL line (Cosmote) by a compromised taverna website's PHPMailer with "
                    "envelope sender info@thalassa-taverna.gr; QR hides the .gr.com look-alike; EUR 10,500 "
                    "fine threat; ΕΡΓΑΝΗ notices come through gov.gr, and HR handles it internally "
                    "(business 36).")


MESSAGES = [mydata, karagiannis_hijack, exodiko, paypal_toad, ergani_qr]
