"""Genuine business messages 32-36 (Greek)."""

from dsl import *  # noqa: F401,F403

M = A("business")

# ---------------------------------------------------------------- 32 accounting firm: myDATA / VAT reminder
_pdf32 = pdf.make_pdf([
    "# Logistiko Grafeio Nikolaidis", "Egnatias 128, 546 22 Thessaloniki", "---",
    "Pelatis: EXAMPLE GROUP HELLAS M.A.E. - AFM " + VAT["example_gr"], "",
    "# Ekkremotites myDATA - Noemvrios 2026", "",
    "1. Timologia agoron choris charaktirismo exodon: 6 parastatika (lista synimmeni)",
    "2. Apokliseis me antisymvallomenous: 2 parastatika (diorthosi apo ton ekdoti)",
    "3. Prothesmia diavivasis charaktirismon Noemvriou: 31/12/2026",
    "4. Dilosi FPA Noemvriou: prothesmia 31/12/2026 (pliromi apo ton logariasmo tis etaireias)"],
    title="myDATA Noemvrios 2026", author="Nikolaidis", creator="Microsoft Excel", producer="Microsoft Excel",
    created="D:20261209120011+02'00'")
_body32 = dedent("""
    Καλημέρα κυρία Κωνσταντίνου,

    σας στέλνουμε συνημμένα την κατάσταση εκκρεμοτήτων myDATA για τον Νοέμβριο. Υπάρχουν έξι τιμολόγια αγορών χωρίς χαρακτηρισμό εξόδων και δύο αποκλίσεις με προμηθευτές, τις οποίες θα πρέπει να διορθώσουν οι ίδιοι οι εκδότες.

    Μπορείτε να μας στείλετε τα σχετικά παραστατικά σε PDF μέχρι την Τρίτη; Τους χαρακτηρισμούς θα τους καταχωρίσουμε εμείς στην πλατφόρμα με τους δικούς μας κωδικούς, όπως πάντα. Η δήλωση ΦΠΑ Νοεμβρίου λήγει στις 31/12.

    Με εκτίμηση,
    Νίκος Νικολαΐδης
    Λογιστικό Γραφείο Νικολαΐδης
    Εγνατίας 128, 546 22 Θεσσαλονίκη
    Τηλ. 2310 278 441
    """)
M(32, "el", "logistis-mydata-ekkremotites",
  CORR["nikol"], STAFF["gr_acc"],
  "Εκκρεμότητες myDATA Νοεμβρίου και δήλωση ΦΠΑ", "2026-12-09 12:04:17",
  P(infra.hosted, provider="otenet", client_ip="79.129.44.201", mailer="outlook", lang="el", zone="GR"),
  mixed(alt(text(_body32, "iso-8859-7", "quoted-printable"),
            html(html_outlook(_body32, "EL", charset="iso-8859-7"), "iso-8859-7", "quoted-printable")),
        attach(_pdf32, "application/pdf", "myDATA_Noemvrios_2026.pdf")),
  hcs="iso-8859-7", henc="B",
  what="The Greek office's accounting firm lists open myDATA items for November and asks for invoices",
  why="Known accountant's domain via its usual OTEnet SMTP, asks only for documents, says the firm itself enters the classifications with its own credentials, no link or login",
  pair=([32], "myDATA discrepancies / VAT deadline", "comes from the office's accountant, no TAXISnet login requested, no fine threat"))

# ---------------------------------------------------------------- 33 small customer order from an OTEnet consumer mailbox
_body33 = dedent("""
    Καλησπέρα κύριε Παπαδόπουλε,

    όπως τα είπαμε στο τηλέφωνο, σας στέλνω την παραγγελία για τα χυτά που χρειαζόμαστε τον Ιανουάριο:

    - 40 τεμ. φλάντζες DN100 από φαιό χυτοσίδηρο EN-GJL-250 (σχέδιο ΜΚ-114)
    - 25 τεμ. κελύφη εδράνων από EN-GJS-400-15 (σχέδιο ΜΚ-121, αναθ. Β)

    Τιμές όπως στην προσφορά σας 26-ΘΕΣ-0412 της 18/11. Παράδοση στο μηχανουργείο στη Σίνδο, πληρωμή 30 ημέρες όπως πάντα.

    Ευχαριστώ,
    Δημήτρης Καραγιάννης
    Μηχανουργείο Καραγιάννη
    ΒΙ.ΠΕ. Σίνδου, ΟΤ 31
    Κιν. 697 441 2280
    """)
M(33, "el", "pelatis-paraggelia-otenet",
  CORR["karag"], STAFF["gr_mgr"],
  "Παραγγελία Ιανουαρίου - φλάντζες και κελύφη", "2026-11-26 18:21:44",
  P(infra.hosted, provider="otenet", client_ip="94.66.212.9", mailer="outlook", lang="el", zone="GR"),
  alt(text(_body33, "windows-1253", "quoted-printable"),
      html(html_outlook(_body33, "EL", charset="windows-1253"), "windows-1253", "quoted-printable")),
  hcs="windows-1253", henc="B",
  what="Small machine-shop customer orders flanges and bearing housings from his OTEnet consumer mailbox",
  why="Known customer who always writes from this OTEnet address via OTEnet's SMTP, follows a phone call and a quote number, no attachment or link",
  pair=([33], "OTEnet-sent mail to the Greek office manager", "the known customer's own mailbox and text; no courier brand, no QR code, no payment"))

# ---------------------------------------------------------------- 34 internal notice: office closed on 28 October
_body34 = dedent("""
    Αγαπητοί συνάδελφοι,

    σας υπενθυμίζουμε ότι την Τετάρτη 28 Οκτωβρίου, λόγω της εθνικής επετείου, τα γραφεία και η αποθήκη στη Σίνδο θα παραμείνουν κλειστά. Οι αποστολές προς πελάτες που ήταν προγραμματισμένες για εκείνη την ημέρα θα φύγουν την Πέμπτη 29/10 το πρωί.

    Για επείγοντα θέματα αποθήκης επικοινωνήστε με τον κ. Στεφανίδη στο κινητό της εταιρείας.

    Καλή γιορτή,
    Γιώργος Παπαδόπουλος
    Example Group Hellas
    """)
M(34, "el", "esoteriki-anakoinosi-28is-oktovriou",
  STAFF["gr_mgr"], ("Γραφείο Θεσσαλονίκης", "grafeio-thessaloniki@example.com"),
  "Αργία 28ης Οκτωβρίου - κλειστά γραφεία και αποθήκη", "2026-10-23 13:15:29",
  P(infra.internal, topic="", lang="el-GR", client_ip="10.50.1.17"),
  alt(text(_body34, "iso-8859-7", "quoted-printable"),
      html(html_outlook(_body34, "EL", charset="iso-8859-7"), "iso-8859-7", "quoted-printable")),
  hcs="iso-8859-7", henc="B",
  what="Greek office manager's internal notice that offices and warehouse close for the 28 October national holiday",
  why="Internal mail via Exchange and mail-int01 from the office manager to the office list, purely informational",
  pair=None)

# ---------------------------------------------------------------- 35 customer complaint (Google Workspace) with photo
_body35 = dedent("""
    Κύριε Παπαδόπουλε,

    κατά τη δοκιμή στεγανότητας (10 bar) των κελυφών αντλίας ΑΚ-80 από την παρτίδα 26-44 (δελτίο αποστολής 1187/12-11) εντοπίσαμε διαρροή σε 4 από τα 30 τεμάχια, στην περιοχή της φλάντζας αναρρόφησης. Επισυνάπτω φωτογραφία από το χειρότερο τεμάχιο μετά την κατεργασία.

    Τα υπόλοιπα τεμάχια είναι σε καραντίνα. Παρακαλούμε για:
    - αντικατάσταση των 4 τεμαχίων με την επόμενη παράδοση,
    - αναφορά 8D μέχρι τέλος Δεκεμβρίου,
    - επιβεβαίωση ότι η επόμενη παρτίδα ελέγχεται 100%% με υδραυλική δοκιμή.

    Με εκτίμηση,
    Βασιλική Τσολάκη
    Διασφάλιση Ποιότητας
    ΒΙΑΜΑΚ Α.Ε.
    """).replace("%%", "%")
M(35, "el", "parapono-poiotitas-pelati",
  CORR["viamak"], STAFF["gr_mgr"],
  "Παράπονο ποιότητας - διαρροή κελυφών ΑΚ-80, παρτίδα 26-44", "2026-11-19 10:37:02",
  P(infra.gmail, workspace=True),
  mixed(alt(text(_body35, "UTF-8", "base64", quote_charset=False),
            html(html_gmail(_body35), "UTF-8", "base64", quote_charset=False)),
        attach(img.casting_photo("b35", defects=3), "image/png", "AK80_26-44_diarroi.png")),
  cc=[STAFF["qm"]], hcs="UTF-8", henc="B",
  what="Greek pump manufacturer's quality engineer reports leaking pump housings, photo attached, asks for 8D",
  why="Known customer on its Google Workspace domain, specific batch/test data, plain PNG photo, asks for quality actions",
  pair=None)

# ---------------------------------------------------------------- 36 Google security alert in Greek
_body36 = dedent("""
    Νέα σύνδεση σε Windows

    eleni.konstantinou@examplegroup.eu

    Εντοπίσαμε μια νέα σύνδεση στον Λογαριασμό σας Google σε μια συσκευή Windows. Αν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Αν όχι, θα σας βοηθήσουμε να προστατεύσετε τον λογαριασμό σας.

    Έλεγχος δραστηριότητας
    https://accounts.google.com/AccountChooser?Email=eleni.konstantinou@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/1764936000000?rfn%3D325%26rfnc%3D1%26eid%3D5528191736620471031

    Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση
    https://myaccount.google.com/notifications

    Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να ενημερωθείτε σχετικά με σημαντικές αλλαγές στον Λογαριασμό σας Google και στις υπηρεσίες σας.
    © 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
    """)
M(36, "el", "google-eidopoiisi-asfaleias",
  ("Google", "no-reply@accounts.google.com"), STAFF["gr_acc"],
  "Ειδοποίηση ασφαλείας", "2026-12-05 09:20:11",
  P(infra.google_notify), text(_body36, "UTF-8", "base64", quote_charset=False),
  hcs="UTF-8", henc="B",
  what="Google security alert (in Greek) about a new Windows sign-in to the Google account registered on the work address",
  why="Google's own notification infrastructure, links only to google.com, informational",
  pair=([32, 35], "account/security notice that mentions a login", "real google.com sender and links, no credentials requested in the mail"))
