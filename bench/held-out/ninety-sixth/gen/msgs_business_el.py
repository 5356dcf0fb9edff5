"""Genuine business messages, Greek (5)."""
import finance as fin
import systems as sy
from common import M, S, C, ruuid
from content import (alt, plain, mixed, branded_alt, pdf_att, to_html)
from mime import Text, Multi

F, L = "business", "el"
AFM_EGH = fin.gr_afm("80142597")
IBAN_THERM_OLD = fin.gr_iban("011", "0218", "0000021847719304")
IBAN_THERM_NEW = fin.gr_iban("017", "0218", "0005218046617322")

# ---------------------------------------------------------------- 32 external accountant on myDATA
M(F, L, "logistis-mydata-ekkremotites-oktovriou",
  C("savvidis"), [S("georgiou")],
  "myDATA Οκτωβρίου - εκκρεμότητες χαρακτηρισμών", "2026-11-12 13:41:20",
  sy.exim_host("web41.greekhost.gr", "185.138.42.41", "94.69.223.118", client="outlook", zone="gr", exim="4.98.1", lang="el", hcs=("iso-8859-7", "B")),
  alt("""Καλημέρα Ελένη,

κάναμε τη συμφωνία του myDATA για τον Οκτώβριο. Τα έσοδα είναι όλα εντάξει. Εκκρεμούν οι χαρακτηρισμοί για τρία τιμολόγια αγορών:

- Thermaikos Shipping Agency, τιμ. 2026-0418 (λιμενικά έξοδα)
- ΔΕΗ, λογαριασμός αποθήκης Σίνδου
- Ferretti Trasporti (ενδοκοινοτική υπηρεσία μεταφοράς)

Αν μου στείλεις τα PDF μέχρι την Παρασκευή, τα χαρακτηρίζουμε εμείς από το γραφείο και κλείνουμε τον ΦΠΑ Οκτωβρίου χωρίς καθυστέρηση.

Υ.Γ. Κυκλοφορούν πάλι ψεύτικα email "από την ΑΑΔΕ" που ζητούν κωδικούς TAXISnet. Η ΑΑΔΕ δεν στέλνει τέτοια μηνύματα - μην απαντάς και μη βάζεις κωδικούς σε συνδέσμους.

Φιλικά,
Σάββας Σαββίδης
Λογιστικό Γραφείο Σαββίδη
Εγνατίας 112, 546 30 Θεσσαλονίκη - τηλ. 2310 254 118
""", "iso-8859-7", "qp", "outlook", lang="EL"),
  what="The external accountant reports the October myDATA reconciliation and asks for three purchase invoices; warns about fake AADE e-mails.",
  why="Known accountant's domain from his office (Outlook via his hosting provider), concrete bookkeeping request, no links, no credential request – the opposite of the fake AADE notice.",
  hn=["aade-mydata-apokliseis-taxisnet::same myDATA topic; accountant asks for PDFs and warns against phishing vs. fake AADE deadline with a TAXISnet login link"])

# ---------------------------------------------------------------- 33 customer order (Google Workspace)
M(F, L, "xyleia-paraggelia-dekemvriou",
  C("xyleia"), [S("papadopoulos")],
  "Παραγγελία Δεκεμβρίου - 2 κοντέινερ ερυθρελάτης KD", "2026-11-27 10:12:36",
  sy.gmail(5, client="web", zone="gr"),
  Multi("alternative", [Text("""Καλημέρα Δημήτρη,

όπως τα είπαμε στο τηλέφωνο, επιβεβαιώνω την παραγγελία για Δεκέμβριο:

- 1 κοντέινερ 40' ερυθρελάτη KD 18%, 50x100 / 50x150 mm, 4 m
- 1 κοντέινερ 40' ερυθρελάτη KD, σανίδα 25x150 mm, 4-5 m

Παράδοση στην αποθήκη μας στη Σίνδο, πληρωμή με τους γνωστούς όρους (60 ημέρες). Στείλε μου σε παρακαλώ την προτιμολόγηση και την εκτιμώμενη ημερομηνία φόρτωσης από το Ρόζενχαϊμ.

Ευχαριστώ,
Νίκος Αλεξίου
Τμήμα Αγορών
Ξυλεία Βορείου Ελλάδος Α.Ε. - ΒΙ.ΠΕ. Σίνδου
τηλ. 2310 797 640
""", "plain", "UTF-8", "b64", quote_cs=False),
      Text(to_html("""Καλημέρα Δημήτρη,

όπως τα είπαμε στο τηλέφωνο, επιβεβαιώνω την παραγγελία για Δεκέμβριο:

- 1 κοντέινερ 40' ερυθρελάτη KD 18%, 50x100 / 50x150 mm, 4 m
- 1 κοντέινερ 40' ερυθρελάτη KD, σανίδα 25x150 mm, 4-5 m

Παράδοση στην αποθήκη μας στη Σίνδο, πληρωμή με τους γνωστούς όρους (60 ημέρες). Στείλε μου σε παρακαλώ την προτιμολόγηση και την εκτιμώμενη ημερομηνία φόρτωσης από το Ρόζενχαϊμ.

Ευχαριστώ,
Νίκος Αλεξίου
Τμήμα Αγορών
Ξυλεία Βορείου Ελλάδος Α.Ε. - ΒΙ.ΠΕ. Σίνδου
τηλ. 2310 797 640""", "gmail"), "html", "UTF-8", "b64", quote_cs=False)]),
  cc=[S("georgiou")],
  what="Order confirmation from the Greek customer's buyer (two containers of KD spruce) after a phone call.",
  why="Customer's corporate domain on Google Workspace (Gmail infrastructure), known buyer, usual delivery site and terms; no links or payment requests.")

# ---------------------------------------------------------------- 34 shipping agent: genuine bank change, verify by phone
M(F, L, "thermaikos-allagi-trapezas-epivevaiosi",
  C("thermaikos"), [S("georgiou")],
  "Ενημέρωση: αλλαγή τραπεζικού λογαριασμού από 01/01/2027", "2026-12-02 12:20:47",
  sy.m365(srv="VI1PR07MB6843", region="eurprd07", out=("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03on2105.outbound.protection.outlook.com", "40.107.104.105"), lang="el-GR", zone="gr", hcs=("windows-1253", "B")),
  mixed(alt("""Αγαπητοί συνεργάτες,

σας ενημερώνουμε ότι από 01/01/2027 οι πληρωμές προς την εταιρεία μας θα γίνονται στον νέο λογαριασμό μας στην Τράπεζα Πειραιώς:

Δικαιούχος: Θερμαϊκός Ναυτιλιακό Πρακτορείο Μ.Ε.Π.Ε.
IBAN: %s

Ο υφιστάμενος λογαριασμός στην Εθνική Τράπεζα (IBAN %s) παραμένει ενεργός έως 31/03/2027.

Για την ασφάλειά σας, παρακαλούμε επιβεβαιώστε την αλλαγή τηλεφωνικά στο γνωστό τηλέφωνο του λογιστηρίου μας 2310 531 407 πριν ενημερώσετε τα στοιχεία σας. Η σχετική επιστολή υπογεγραμμένη από τη διοίκηση επισυνάπτεται και αποστέλλεται και ταχυδρομικά.

Με εκτίμηση,
Λογιστήριο
Thermaikos Shipping Agency
Λιμάνι Θεσσαλονίκης, Προβλήτα 1
""" % (fin.fmt_iban(IBAN_THERM_NEW), fin.fmt_iban(IBAN_THERM_OLD)), "windows-1253", "qp", "outlook", lang="EL"),
        pdf_att("Epistoli_allagis_logariasmou.pdf", [
            ("title", "Thermaikos Shipping Agency"),
            ("small", "Θερμαϊκός Ναυτιλιακό Πρακτορείο Μ.Ε.Π.Ε. · Λιμάνι Θεσσαλονίκης · ΑΦΜ %s" % fin.gr_afm("09448172")),
            ("h", "Αλλαγή τραπεζικού λογαριασμού"),
            ("p", "Θεσσαλονίκη, 01/12/2026. Από 01/01/2027 οι πληρωμές γίνονται στον λογαριασμό:"),
            ("mono", "Τράπεζα Πειραιώς\nIBAN %s" % fin.fmt_iban(IBAN_THERM_NEW)),
            ("p", "Ο λογαριασμός στην Εθνική Τράπεζα παραμένει ενεργός έως 31/03/2027. Παρακαλούμε επιβεβαιώστε τηλεφωνικά στο 2310 531 407."),
            ("p", "Για τη διοίκηση\nΓ. Καραγιάννης, Διαχειριστής"),
        ], {"Producer": "Microsoft® Word για Microsoft 365", "Title": "Επιστολή"})),
  cc=[S("papadopoulos")],
  what="The port shipping agent announces a new Greek bank account from 01/01/2027, keeps the old one until March and asks for telephone confirmation; signed letter attached.",
  why="Real domain thermaikos-shipping.gr on its Microsoft 365 tenant, Greek bank to Greek bank, generous overlap, explicit call-back request to the known number, no urgency tied to a payment.",
  hn=["thermaikos-lookalike-allagi-iban::bank-detail change by the same agent; real domain, domestic account, call-back and transition period vs. look-alike domain, Cypriot account and same-day payment"])

# ---------------------------------------------------------------- 35 small customer on otenet
M(F, L, "papadakis-otenet-prosfora-kathysterisi",
  C("papadakis"), [S("papadopoulos")],
  "Προσφορά για σανίδα πεύκου και καθυστέρηση παράδοσης", "2026-10-26 18:33:12",
  sy.zimbra_otenet(user_ip="94.66.57.13"),
  Multi("alternative", [Text("""Καλησπέρα κ. Παπαδόπουλε,

θα ήθελα προσφορά για 6 κυβικά σανίδα πεύκου ξηραμένη, 27x120 mm, μήκη 4 μέτρα, και 2 κυβικά καδρόνια 50x50.

Επίσης, η προηγούμενη παραγγελία (δελτίο 26-3318) ήρθε με τέσσερις μέρες καθυστέρηση και ο πελάτης μου στην Καλαμαριά μου έκανε παράπονα. Θα ήθελα αυτή τη φορά να ξέρω σίγουρη ημερομηνία.

Ευχαριστώ,
Μανώλης Παπαδάκης
Ξυλουργείο Παπαδάκη - Καλαμαριά
κιν. 6944 512 870
""", "plain", "utf-8", "b64"), Text("""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Καλησπέρα κ. Παπαδόπουλε,</div><div><br></div><div>θα ήθελα προσφορά για 6 κυβικά σανίδα πεύκου ξηραμένη, 27x120 mm, μήκη 4 μέτρα, και 2 κυβικά καδρόνια 50x50.</div><div><br></div><div>Επίσης, η προηγούμενη παραγγελία (δελτίο 26-3318) ήρθε με τέσσερις μέρες καθυστέρηση και ο πελάτης μου στην Καλαμαριά μου έκανε παράπονα. Θα ήθελα αυτή τη φορά να ξέρω σίγουρη ημερομηνία.</div><div><br></div><div>Ευχαριστώ,<br>Μανώλης Παπαδάκης<br>Ξυλουργείο Παπαδάκη - Καλαμαριά<br>κιν. 6944 512 870</div></div></body></html>
""", "html", "utf-8", "b64")]),
  what="A small carpentry customer asks from his otenet.gr (Cosmote/Zimbra) address for a quote and complains about a late delivery.",
  why="Known small customer on consumer mail, ordinary request and mild complaint, no links, attachments or financial instructions.")

# ---------------------------------------------------------------- 36 genuine Google Sheets share from the customer's Workspace
_sheet = "https://docs.google.com/spreadsheets/d/1Hk7Rt2WqY9xZ3cV5bN8mL0pA4sD6fG1jK2lQ9wE7rTy/edit?usp=sharing_eil_se_dm&ts=6752c7f0"
_note36 = "Ελένη, σου μοιράζομαι το πρόγραμμα παραλαβών Δεκεμβρίου με τους αριθμούς κοντέινερ. Μπορείς να συμπληρώσεις τις ημερομηνίες φόρτωσης στη στήλη F; Νίκος"
M(F, L, "google-sheets-share-programma-paralavon",
  ("Νίκος Αλεξίου (μέσω Υπολογιστικών φύλλων Google)", "drive-shares-dm-noreply@google.com"), [S("georgiou")],
  "Υπολογιστικό φύλλο κοινοποιήθηκε μαζί σας: \"Πρόγραμμα παραλαβών Δεκέμβριος 2026\"", "2026-11-30 09:06:52",
  sy.google_notify("drive"),
  Multi("alternative", [
      Text("""Ο χρήστης Νίκος Αλεξίου (n.alexiou@xyleia-voreiou.gr) σας προσκάλεσε να επεξεργαστείτε το παρακάτω υπολογιστικό φύλλο:

Πρόγραμμα παραλαβών Δεκέμβριος 2026
%s

%s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Λαμβάνετε αυτό το email επειδή ο χρήστης n.alexiou@xyleia-voreiou.gr μοιράστηκε ένα υπολογιστικό φύλλο μαζί σας από τα Υπολογιστικά φύλλα Google.
""" % (_sheet, _note36), "plain", "UTF-8", "qp"),
      Text("""<!DOCTYPE html><html lang="el"><head><meta charset="UTF-8"></head>
<body style="margin:0;padding:0;font-family:'Google Sans',Roboto,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px"><tr><td style="padding:24px 30px">
<p style="font-size:14px;color:#3c4043"><b>Νίκος Αλεξίου</b> (n.alexiou@xyleia-voreiou.gr) σας προσκάλεσε να επεξεργαστείτε το παρακάτω υπολογιστικό φύλλο:</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:6px;width:100%%"><tr><td style="padding:14px 16px;font-size:14px;color:#3c4043">&#128202; Πρόγραμμα παραλαβών Δεκέμβριος 2026</td></tr></table>
<p style="font-size:14px;color:#3c4043;background:#f1f3f4;border-radius:6px;padding:12px 16px">%s</p>
<p><a href="%s" style="display:inline-block;background:#1a73e8;color:#ffffff;text-decoration:none;padding:10px 24px;border-radius:4px;font-size:14px">Άνοιγμα</a></p>
</td></tr></table>
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>
</td></tr></table></body></html>
""" % (_note36, _sheet), "html", "UTF-8", "qp")]),
  reply_to=("Νίκος Αλεξίου", "n.alexiou@xyleia-voreiou.gr"),
  what="Genuine Google Sheets share from the customer's buyer (Workspace account n.alexiou@xyleia-voreiou.gr): December delivery schedule to fill in.",
  why="Google's own notification infrastructure, sharer is the customer's corporate Workspace address, link to docs.google.com, plausible collaborative task; no request to log in elsewhere.",
  hn=["google-drive-share-apodeiktiko-pliromis::same Google sharing channel and customer name; corporate Workspace sharer vs. Gmail look-alike sharer asking for a corporate login to see a 'receipt'"])
