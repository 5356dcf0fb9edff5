"""Attack messages, Greek (5)."""
import finance as fin
import systems as sy
from common import M, S, C
from content import (alt, plain, mixed, branded_alt, branded, pdf_att, png_att, qr_png, to_html)
from mime import Text, Multi

F, L = "attack", "el"
AFM_EGH = fin.gr_afm("80142597")

# ---------------------------------------------------------------- 32 AADE myDATA
_u32 = "https://mydata-aade-gov.com/taxisnet/login?afm=%s&ref=MD-3T2026-14" % AFM_EGH
M(F, L, "aade-mydata-apokliseis-taxisnet",
  ("ΑΑΔΕ - myDATA", "enimerosi@mydata-aade-gov.com"), [S("georgiou")],
  "ΑΑΔΕ: Αποκλίσεις διαβίβασης παραστατικών στο myDATA - προθεσμία 48 ωρών", "2026-10-20 08:12:40",
  sy.brevo(zone="gr"),
  branded_alt("Ειδοποίηση αποκλίσεων myDATA", [
      "Αγαπητέ/ή φορολογούμενε,",
      "κατά τη διασταύρωση των στοιχείων του γ' τριμήνου 2026 εντοπίστηκαν 14 παραστατικά πωλήσεων της επιχείρησης με ΑΦΜ %s (EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.) τα οποία δεν έχουν διαβιβαστεί στην ψηφιακή πλατφόρμα myDATA ή παρουσιάζουν απόκλιση ΦΠΑ." % AFM_EGH,
      "Για να αποφύγετε την επιβολή προστίμου σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας, παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet εντός 48 ωρών και να επιβεβαιώσετε ή να διορθώσετε τα παραστατικά.",
  ], ("Σύνδεση με κωδικούς TAXISnet", _u32),
      "Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Ηλεκτρονικές Υπηρεσίες myDATA\nΤο μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.",
      cs="utf-8", cte="qp", brand="#003476", logo_text="ΑΑΔΕ · myDATA", lang="el",
      preheader="Απαιτείται ενέργεια"),
  what="AADE (Greek tax authority) look-alike: '14 invoices not transmitted to myDATA, log in with TAXISnet credentials within 48 h or be fined'.",
  why="AADE does not send such links and uses aade.gr/gsis.gr; look-alike domain via Brevo; the button harvests TAXISnet credentials (access to all of the company's tax data); fine threat and 48-hour deadline. Compare business/32 (external accountant's genuine myDATA note).")

# ---------------------------------------------------------------- 33 Piraeus Bank quishing (PNG attachment)
_u33 = "https://winbank-kyc-business.com/gr/epikairopoiisi?cid=EGH-5520941&src=qr"
M(F, L, "piraeus-winbank-kyc-qr",
  ("Τράπεζα Πειραιώς", "noreply@piraeus-epixeiriseis.gr"), [S("papadopoulos")],
  "Επικαιροποίηση στοιχείων επιχείρησης (KYC) - winbank business", "2026-11-11 12:26:09",
  sy.exim_host("linux47.grserver.gr", "185.4.133.47", "", client="php", local=True, cpanel=True, zone="gr", exim="4.98.1", hcs=("windows-1253", "B")),
  mixed(Multi("alternative", [
      Text("""Αξιότιμε πελάτη,

σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (Ν. 4557/2018), απαιτείται επικαιροποίηση των στοιχείων της επιχείρησής σας (KYC) έως τις 20/11/2026.

Σκανάρετε τον κωδικό QR του συνημμένου με την κάμερα του κινητού σας και ακολουθήστε τις οδηγίες. Η διαδικασία διαρκεί λιγότερο από 3 λεπτά.

Σε περίπτωση μη επικαιροποίησης, η πρόσβαση στο winbank business και οι συναλλαγές της επιχείρησης θα περιοριστούν προσωρινά.

Με εκτίμηση,
Τράπεζα Πειραιώς
Διεύθυνση Επιχειρηματικής Τραπεζικής
""", "plain", "windows-1253", "qp"),
      Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#ffcc00;padding:14px 20px;font-weight:bold;font-size:18px;color:#002a5c">Τράπεζα Πειραιώς &nbsp; | &nbsp; winbank business</div>
<div style="padding:20px">
<p>Αξιότιμε πελάτη,</p>
<p>σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (Ν. 4557/2018), απαιτείται <b>επικαιροποίηση των στοιχείων της επιχείρησής σας (KYC) έως τις 20/11/2026</b>.</p>
<p>Σκανάρετε τον κωδικό QR του συνημμένου με την κάμερα του κινητού σας και ακολουθήστε τις οδηγίες. Η διαδικασία διαρκεί λιγότερο από 3 λεπτά.</p>
<p>Σε περίπτωση μη επικαιροποίησης, η πρόσβαση στο winbank business και οι συναλλαγές της επιχείρησης θα περιοριστούν προσωρινά.</p>
<p>Με εκτίμηση,<br>Τράπεζα Πειραιώς<br>Διεύθυνση Επιχειρηματικής Τραπεζικής</p>
</div></body></html>
""", "html", "windows-1253", "qp")]),
        png_att("KYC_winbank_business.png", qr_png(_u33, 6))),
  mail_from="piraeusk@linux47.grserver.gr",
  notes="QR code (PNG attachment) decodes to " + _u33,
  what="Bank quishing: 'Piraeus Bank – business KYC update by 20/11' with the link only as a QR code in a PNG attachment.",
  why="Sender domain is not piraeusbank.gr, sent by a PHP script on compromised Greek shared hosting; QR code in an image attachment hides the URL (winbank-kyc-business.com) from scanners and moves the victim to a phone; threat to restrict business banking.")

# ---------------------------------------------------------------- 34 shipping agent look-alike, bank change
_iban34 = fin.cy_iban("005", "00117", "0000000357621804")
M(F, L, "thermaikos-lookalike-allagi-iban",
  ("Thermaikos Shipping Agency - Accounts", "accounts@thermaikos-shiping.gr"), [S("georgiou")],
  "Λιμενικά έξοδα M/V NORDIC SPRUCE - νέος τραπεζικός λογαριασμός", "2026-11-30 11:37:21",
  sy.vps_postfix("mail.thermaikos-shiping.gr", "static.218.91.47.78.clients.your-server.de", "78.47.91.218", ua="outlook", lang="el", zone="gr", hcs=("windows-1253", "Q")),
  alt("""Καλημέρα σας κα Γεωργίου,

σας επισυνάπτουμε την κατάσταση λιμενικών εξόδων (D/A) για το M/V NORDIC SPRUCE (εκφόρτωση ξυλείας, ΟΛΘ προβλήτα 6) συνολικού ποσού 11.846,30 €.

Παρακαλούμε σημειώστε ότι λόγω μεταφοράς των λογαριασμών μας στη μητρική εταιρεία στη Λεμεσό, οι πληρωμές από 01/12/2026 γίνονται αποκλειστικά στον παρακάτω λογαριασμό:

Δικαιούχος: Thermaikos Shipping Agency Ltd
IBAN: %s
BIC: BCYPCY2N
Τράπεζα: Bank of Cyprus

Για να μην καθυστερήσει η έκδοση των φορτωτικών και η αποδέσμευση του φορτίου, παρακαλούμε για την εξόφληση σήμερα και αποστολή του αποδεικτικού σε αυτό το email. Ο παλαιός λογαριασμός στην Εθνική Τράπεζα δεν είναι πλέον ενεργός.

Με εκτίμηση,

Λογιστήριο
Thermaikos Shipping Agency
Λιμάνι Θεσσαλονίκης
""" % fin.fmt_iban(_iban34), "windows-1253", "qp", "outlook", lang="EL"),
  what="Look-alike of the shipping agent (thermaikos-shiping.gr, one 'p') sends port charges for a timber vessel and 'new' Cypriot bank details, demanding payment today.",
  why="Look-alike domain on a Hetzner VPS; bank moved abroad 'to the parent in Limassol'; same-day payment tied to cargo release; old account declared inactive; no verification channel. The real agent announced a change differently (business/34).")

# ---------------------------------------------------------------- 35 fake police summons (extortion)
M(F, L, "klisi-dioxi-ilektronikou-egklimatos",
  ("Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος", "ddhe.kliseis.astynomia@gmail.com"), [S("papadopoulos")],
  "ΚΛΗΣΗ - Υπόθεση 2026/ΔΗΕ/11873 - Επείγον", "2026-12-07 10:03:55",
  sy.gmail(2, client="web", zone="gr"),
  mixed(Multi("alternative", [
      Text("""Κύριε/Κυρία,

σας αποστέλλουμε συνημμένα επίσημη κλήση της Διεύθυνσης Δίωξης Ηλεκτρονικού Εγκλήματος σχετικά με την υπόθεση 2026/ΔΗΕ/11873.

Παρακαλούμε να λάβετε γνώση και να απαντήσετε εγγράφως με τις αιτιολογίες σας σε αυτή τη διεύθυνση ηλεκτρονικού ταχυδρομείου εντός 72 ωρών.

Ταξίαρχος Ιωάννης Κωνσταντίνου
Διευθυντής
Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος
""", "plain", "UTF-8", "b64"),
      Text(to_html("""Κύριε/Κυρία,

σας αποστέλλουμε συνημμένα επίσημη κλήση της Διεύθυνσης Δίωξης Ηλεκτρονικού Εγκλήματος σχετικά με την υπόθεση 2026/ΔΗΕ/11873.

Παρακαλούμε να λάβετε γνώση και να απαντήσετε εγγράφως με τις αιτιολογίες σας σε αυτή τη διεύθυνση ηλεκτρονικού ταχυδρομείου εντός 72 ωρών.

Ταξίαρχος Ιωάννης Κωνσταντίνου
Διευθυντής
Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος""", "gmail"), "html", "UTF-8", "b64")]),
        pdf_att("ΚΛΗΣΗ_2026_ΔΗΕ_11873.pdf", [
            ("title", "ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ"),
            ("h", "Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος"),
            ("small", "Λ. Αλεξάνδρας 173, 115 22 Αθήνα"),
            ("gap", 10),
            ("h", "ΚΛΗΣΗ – Αρ. Υπόθεσης 2026/ΔΗΕ/11873"),
            ("p", "Κατόπιν ψηφιακής έρευνας που διενεργήθηκε σε συνεργασία με την Europol, διαπιστώθηκε ότι από σύνδεση που αντιστοιχεί στην επιχείρησή σας έγινε πρόσβαση και αποθήκευση παράνομου ψηφιακού υλικού, κατά παράβαση του Ποινικού Κώδικα."),
            ("p", "Καλείστε να αποστείλετε εγγράφως τις αιτιολογίες σας μέσω ηλεκτρονικού ταχυδρομείου εντός 72 ωρών. Σε περίπτωση μη απάντησης, ο φάκελος θα διαβιβαστεί στον αρμόδιο Εισαγγελέα για την έκδοση εντάλματος σύλληψης και τα στοιχεία σας θα καταχωριστούν στο μητρώο δραστών."),
            ("p", "Σε περίπτωση εξωδικαστικής διευθέτησης θα σας κοινοποιηθεί το ποσό του προστίμου και ο τρόπος καταβολής του."),
            ("gap", 12),
            ("p", "Ο Διευθυντής\nΤαξίαρχος Ιωάννης Κωνσταντίνου"),
        ], {"Producer": "Microsoft: Print To PDF", "Title": "ΚΛΗΣΗ"}, style="2047")),
  what="Fake police summons (extortion): 'Cybercrime Division' accuses the company of accessing illegal material, demands a written reply within 72 h and hints at an 'out-of-court fine'.",
  why="Police do not send summonses from Gmail or ask for replies by e-mail; the PDF threatens arrest and offers to settle with a 'fine' – the well-known police/Europol impersonation extortion scam that leads to payment demands.")

# ---------------------------------------------------------------- 36 abuse of genuine Google Drive sharing
_u36 = "https://drive.google.com/file/d/1qZ7mXkT4cV9aR2bN8wL0pS5yH3jD6fGe/view?usp=sharing_eil_m&ts=6755a2c1"
_name36 = "Αποδεικτικό πληρωμής - Example Group Hellas.pdf"
_note36 = "Καλησπέρα κα Γεωργίου, σας στέλνω το αποδεικτικό πληρωμής για τις ανοιχτές σας. Για λόγους ασφαλείας το αρχείο ανοίγει μόνο αφού συνδεθείτε με το εταιρικό σας email. Νίκος"
_html36 = """<!DOCTYPE html><html lang="el"><head><meta charset="UTF-8"></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:'Google Sans',Roboto,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px"><tr><td style="padding:24px 30px">
<p style="font-size:14px;color:#3c4043;margin:0 0 18px 0"><b>Νίκος Αλεξίου</b> (n.alexiou.xyleia@gmail.com) σας προσκάλεσε να δείτε το παρακάτω αρχείο:</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:6px;width:100%%"><tr><td style="padding:14px 16px;font-size:14px;color:#3c4043">&#128196; %s</td></tr></table>
<p style="font-size:14px;color:#3c4043;background:#f1f3f4;border-radius:6px;padding:12px 16px">%s</p>
<p><a href="%s" style="display:inline-block;background:#1a73e8;color:#ffffff;text-decoration:none;padding:10px 24px;border-radius:4px;font-size:14px">Άνοιγμα</a></p>
<p style="font-size:12px;color:#5f6368">Αν δεν θέλετε να λαμβάνετε αρχεία από αυτόν τον χρήστη, <a href="https://drive.google.com/drive/blockuser?blockerEmail=eleni.georgiou@example.com&amp;blockeeEmail=n.alexiou.xyleia@gmail.com&amp;usp=sharing_eib_m" style="color:#1a73e8">αποκλείστε τον αποστολέα</a>.</p>
</td></tr></table>
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Λαμβάνετε αυτό το email επειδή ο χρήστης n.alexiou.xyleia@gmail.com μοιράστηκε ένα αρχείο μαζί σας από το Google Drive.</p>
</td></tr></table></body></html>
""" % (_name36, _note36, _u36)
M(F, L, "google-drive-share-apodeiktiko-pliromis",
  ("Νίκος Αλεξίου (μέσω Google Drive)", "drive-shares-dm-noreply@google.com"), [S("georgiou")],
  "Κοινοποιήθηκε μαζί σας το αρχείο: \"%s\"" % _name36, "2026-12-09 17:41:03",
  sy.google_notify("drive"),
  Multi("alternative", [
      Text("""Ο χρήστης Νίκος Αλεξίου (n.alexiou.xyleia@gmail.com) σας προσκάλεσε να δείτε το παρακάτω αρχείο:

%s
%s

%s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Λαμβάνετε αυτό το email επειδή ο χρήστης n.alexiou.xyleia@gmail.com μοιράστηκε ένα αρχείο μαζί σας από το Google Drive.
""" % (_name36, _u36, _note36), "plain", "UTF-8", "qp"),
      Text(_html36, "html", "UTF-8", "qp")]),
  reply_to=("Νίκος Αλεξίου", "n.alexiou.xyleia@gmail.com"),
  what="Abuse of genuine Google Drive sharing: a Gmail account posing as the customer's buyer Nikos Alexiou shares a 'payment receipt' PDF and asks to log in with the corporate e-mail to open it.",
  why="The notification really comes from Google's servers, but the sharer is n.alexiou.xyleia@gmail.com, not the customer's Workspace address n.alexiou@xyleia-voreiou.gr (see business/36); the note demands a corporate login to view a receipt – the shared PDF carries the link to a credential page. Abuse of a trusted service to pass reputation checks.")
