"""Greek attack messages (attack/32-36)."""
from lib import *
import infra as I

FOLDER = "attack"
AFM_GR = B.gr_afm("80123456")


def _a32():
    link = "https://aade-mydata-gr.com/myaade/login?afm=%s&ref=MD3T2026" % AFM_GR
    md = """Αγαπητέ/ή φορολογούμενε,

Σας ενημερώνουμε ότι κατά τη διασταύρωση των στοιχείων της πλατφόρμας **myDATA** για το Γ΄ τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των διαβιβασμένων παραστατικών εσόδων και των δηλώσεων ΦΠΑ της επιχείρησης με ΑΦΜ %s.

Αριθμός αποκλίσεων: 14
Ποσό ΦΠΑ προς τακτοποίηση: 3.842,17 €
Προθεσμία τακτοποίησης: 7 ημέρες από τη λήψη του παρόντος

Μετά την παρέλευση της προθεσμίας επιβάλλονται αυτόματα τα πρόστιμα του άρθρου 54 του ν. 5193/2025 (Κώδικας Φορολογικής Διαδικασίας).

Για να δείτε τις αποκλίσεις και να τις τακτοποιήσετε, συνδεθείτε με τους κωδικούς Taxisnet:

BTN: Είσοδος στο myAADE | %s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων""" % (AFM_GR, link)
    return M(n=32, lang="el", slug="aade-mydata-apokliseis-taxisnet",
             infra=I.sendgrid("em3310.aade-mydata-gr.com", tz="GR"), date="2026-11-06 10:27:18",
             frm=("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata-gr.com"), to=[S("eleni.konstantinou")],
             subject="myDATA: Εντοπίστηκαν αποκλίσεις στα παραστατικά Γ΄ τριμήνου 2026",
             body=alt(md, "utf-8", "base64", style="brand", brand="ΑΑΔΕ · myDATA", color="#004a8f",
                      footer="Αυτό το μήνυμα στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε."),
             what="Credential phishing posing as the Greek tax authority (AADE/myDATA): VAT discrepancies, log in with Taxisnet credentials within 7 days.",
             why="Look-alike domain aade-mydata-gr.com via SendGrid, not aade.gr; Taxisnet credential harvesting; fine threat with deadline. Genuine myDATA correspondence from the external accountant: business/36.")


def _a33():
    text = """Αξιότιμε πελάτη,

Σας ενημερώνουμε ότι στις 02/12/2026 και ώρα 09:41 καταχωρήθηκε αίτημα σύνδεσης νέας συσκευής στο Piraeus e-banking Business της εταιρείας σας:

Συσκευή: Samsung Galaxy S24 (Android 16)
Τοποθεσία: Λευκωσία, Κύπρος

Για την προστασία σας η πρόσβαση έχει περιοριστεί προσωρινά. Εάν δεν αναγνωρίζετε το αίτημα, καλέστε άμεσα το Τμήμα Ασφάλειας Συναλλαγών στο 210 3005 418 (24/7) αναφέροντας τον κωδικό υπόθεσης PB-77154, ώστε να ακυρωθεί η σύνδεση και να μην εκτελεστούν εκκρεμείς εντολές πληρωμής.

Μην απαντάτε σε αυτό το μήνυμα.

Τράπεζα Πειραιώς
Τμήμα Ασφάλειας Ηλεκτρονικών Συναλλαγών
"""
    return M(n=33, lang="el", slug="peiraios-callback-nea-syskevi",
             infra=I.postfix_server("mail.piraeusbank-alerts.com", "mail.piraeusbank-alerts.com", "164.92.181.47", tz="GR", mua="outlook16"),
             date="2026-12-02 10:03:12", frm=("Τράπεζα Πειραιώς", "asfaleia@piraeusbank-alerts.com"), to=[S("eleni.konstantinou")],
             subject="Ειδοποίηση ασφαλείας: σύνδεση νέας συσκευής στο e-banking Business", body=Text(text, "windows-1253", "quoted-printable"),
             content_lang="el",
             what="Callback phishing (TOAD) posing as Piraeus Bank: 'new device from Cyprus', call the security desk.",
             why="Look-alike domain piraeusbank-alerts.com on a DigitalOcean droplet; no link, only a phone number where a fake agent collects e-banking codes; fear of pending payments being executed.")


def _a34():
    ib = BANK["metaforiki_fake"]
    md = """Καλημέρα σας κα Κωνσταντίνου,

Σας ενημερώνω ότι από τον Νοέμβριο αλλάζει ο τραπεζικός λογαριασμός της επιχείρησης, γιατί κλείνουμε τον λογαριασμό στην Εθνική. Παρακαλώ τα επόμενα εμβάσματα, ξεκινώντας από το τιμολόγιο 318/2026 (2.480,00 €), να γίνονται στον νέο λογαριασμό:

Eurobank
IBAN: %s
Δικαιούχος: Αθανασίου Κωνσταντίνος

Σας γράφω από το gmail γιατί το otenet έχει πρόβλημα τις τελευταίες μέρες και δεν στέλνει. Αν μπορείτε, επιβεβαιώστε μου όταν γίνει η αλλαγή.

Ευχαριστώ πολύ,
Κώστας Αθανασίου
Μεταφορική Βορείου Ελλάδος""" % B.fmt_iban(ib)
    return M(n=34, lang="el", slug="metaforiki-gmail-allagi-iban",
             infra=I.gmail(node="wr1", tz="GR"), date="2026-11-04 09:36:50",
             frm=("Κώστας Αθανασίου", "metaforiki.v.ellados@gmail.com"), to=[S("eleni.konstantinou")],
             subject="Αλλαγή τραπεζικού λογαριασμού", body=alt(md, "utf-8", "quoted-printable", style="gmail"),
             what="Supplier bank-detail change: the small carrier's owner 'moves' to a new Eurobank IBAN, writing from Gmail.",
             why="The carrier always writes from metaforiki.ve@otenet.gr (see business/33); new Gmail address with an excuse ('otenet doesn't send'), new beneficiary account for the next invoice, asks for confirmation by e-mail only.")


ACS_SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="760" height="520" viewBox="0 0 760 520">
  <rect width="760" height="520" fill="#ffffff"/>
  <rect width="760" height="64" fill="#e30613"/>
  <text x="28" y="43" font-family="Arial, sans-serif" font-size="30" font-weight="700" fill="#ffffff">ACS Courier</text>
  <text x="28" y="112" font-family="Arial, sans-serif" font-size="22" font-weight="700" fill="#222">Ειδοποίηση αδυναμίας παράδοσης</text>
  <text x="28" y="150" font-family="Arial, sans-serif" font-size="16" fill="#333">Αριθμός αποστολής: 7204815539</text>
  <text x="28" y="176" font-family="Arial, sans-serif" font-size="16" fill="#333">Αποστολέας: TECNOLAV S.R.L. (Ιταλία) – ανταλλακτικά</text>
  <text x="28" y="202" font-family="Arial, sans-serif" font-size="16" fill="#333">Αιτία: ελλιπή στοιχεία διεύθυνσης παραλήπτη</text>
  <text x="28" y="240" font-family="Arial, sans-serif" font-size="16" fill="#333">Κόστος επαναποστολής: 1,85 €</text>
  <a href="https://acs-epanaapostoli-gr.com/track/7204815539" target="_blank">
    <rect x="28" y="270" width="300" height="52" rx="5" fill="#e30613"/>
    <text x="52" y="303" font-family="Arial, sans-serif" font-size="18" font-weight="700" fill="#ffffff">Επιλογή νέας ημερομηνίας</text>
  </a>
  <text x="28" y="370" font-family="Arial, sans-serif" font-size="13" fill="#777">Η αποστολή θα επιστραφεί στον αποστολέα εάν δεν επιλεγεί νέα ημερομηνία εντός 48 ωρών.</text>
</svg>
"""


def _a35():
    text = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7204815539 δεν παραδόθηκε λόγω ελλιπών στοιχείων διεύθυνσης.

Στο συνημμένο θα βρείτε την ειδοποίηση παράδοσης. Ανοίξτε την για να επιλέξετε νέα ημερομηνία παράδοσης και να καταβάλετε το κόστος επαναποστολής (1,85 €).

Με εκτίμηση,
ACS Courier - Εξυπηρέτηση Πελατών
"""
    body = Mixed(Text(text, "iso-8859-7", "quoted-printable"), svg_att("ACS_Eidopoiisi_7204815539.svg", ACS_SVG))
    return M(n=35, lang="el", slug="acs-courier-svg-epanaapostoli",
             infra=I.cpanel_phpmailer("cp41.greekwebhost.eu", "cp41.greekwebhost.eu", "185.138.42.41", "fournos-papadaki.gr", tz="GR", user="fournosp"),
             date="2026-11-27 11:51:04", frm=("ACS Courier", "info@fournos-papadaki.gr"), to=[S("giorgos.papadopoulos")],
             subject="ACS: Αδυναμία παράδοσης αποστολής 7204815539", body=body,
             what="SVG-attachment courier phishing: 'ACS Courier' undeliverable parcel, SVG with a button to pay a 1.85 EUR redelivery fee.",
             why="Sent from a compromised bakery website (PHPMailer/cPanel), not acscourier.net; SVG carries a link to a look-alike card-harvesting site; small-fee courier lure. Inert SVG without script. Genuine ACS notice: business/35.")


def _a36():
    ib = BANK["wise_be"]
    md = """Ελένη καλημέρα,

Είμαι σε σύσκεψη με τους Γερμανούς όλο το πρωί και δεν μπορώ να μιλήσω στο τηλέφωνο, γι' αυτό σου γράφω από το προσωπικό μου.

Χρειάζομαι να γίνει σήμερα η προκαταβολή στον νέο προμηθευτή χημικών που κλείσαμε για το εργοστάσιο (Chemclean Hellas). Είναι 7.850,00 € και πρέπει να φύγει πριν τις 14:00 για να κλειδώσει η τιμή για το 2027.

Δικαιούχος: CHEMCLEAN HELLAS MONOPROSOPI IKE
IBAN: %s
Αιτιολογία: Προκαταβολή προσφοράς 2026-118

Το τιμολόγιο θα το στείλουν αύριο. Στείλε μου το αποδεικτικό μόλις γίνει.

Ευχαριστώ,
Γιώργος""" % B.fmt_iban(ib)
    return M(n=36, lang="el", slug="ceo-fraud-dieftyntis-grafeiou-outlook",
             infra=I.outlook_com(tz="GR"), date="2026-12-08 10:14:29",
             frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos.thess@outlook.com"), to=[S("eleni.konstantinou")],
             subject="Επείγον - πληρωμή σήμερα", body=alt(md, "utf-8", "quoted-printable", style="outlook", lang="EL"),
             accept_lang="el-GR, en-US", content_lang="el-GR",
             what="Executive impersonation (BEC): the Thessaloniki office manager 'from his private address' orders an urgent advance payment to a new chemicals supplier.",
             why="Free outlook.com address with the manager's name, 'can't talk on the phone', new supplier with a Belgian (Wise) IBAN for a 'Greek' company, deadline today, no invoice yet. Genuine urgent request through the internal relay: business/34.")


MESSAGES = [_a32(), _a33(), _a34(), _a35(), _a36()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
