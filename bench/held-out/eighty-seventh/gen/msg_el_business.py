"""Greek genuine business messages (32-36)."""
import checkdigits as cd
from company import S, BANK
from common import pdf_att
from infra import TLS12, TLS13
from sigs import sig

AFM_EG = cd.gr_afm("80014733")
AFM_DAIRY = cd.gr_afm("09481207")


def messages():
    M = []
    # ----------------------------------------------------------------- 32
    M.append(dict(
        slug="logistis-mydata-diorthoseis",
        date="2026-11-16 17:22:06", zone="GR",
        frm=("Γιώργος Καραλής", "g.karalis@karalis-logistiki.gr"), to=[S("gr_acc", native=True)],
        subject="myDATA – ασυμφωνίες Σεπτεμβρίου (εκκρεμότητες για διόρθωση)",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("mail.karalis-logistiki.gr", "mail.karalis-logistiki.gr", "83.212.102.77"),
                      sub_host="mail.karalis-logistiki.gr", public_ip="94.66.58.203",
                      public_rdns="ppp-94-66-58-203.home.otenet.gr", zone="GR"),
        charset="windows-1253", cte="quoted-printable", html="auto", clang="el",
        text="""Καλησπέρα Ελένη,

Από τον έλεγχο που κάναμε στο myDATA με τους κωδικούς του γραφείου (ως εξουσιοδοτημένοι λογιστές) βρήκαμε τρεις ασυμφωνίες στα έξοδα του Σεπτεμβρίου:

1. Γαλακτοκομικά Μακεδονίας, ΤΔΑ 4127 – δεν έχει γίνει χαρακτηρισμός εξόδου
2. Γαλακτοκομικά Μακεδονίας, ΤΔΑ 4139 – το ίδιο
3. ACS Courier, πιστωτικό 88412 – λείπει η αντιστοίχιση με το αρχικό τιμολόγιο

Δεν χρειάζεται να κάνεις εσύ καμία είσοδο στο myDATA. Στείλε μου μόνο σκαναρισμένα τα δύο ΤΔΑ και το πιστωτικό μέχρι την Παρασκευή και θα κάνουμε εμείς τους χαρακτηρισμούς πριν κλείσει το τρίμηνο. Σου επισυνάπτω τη λίστα όπως βγαίνει από το πρόγραμμα.

Α, και προσοχή: κυκλοφορούν ψεύτικα email «από την ΑΑΔΕ» για ασυμφωνίες myDATA που ζητούν κωδικούς TAXISnet. Η ΑΑΔΕ δεν στέλνει τέτοια links – αν σου έρθει κάτι, προώθησέ το μου.

Φιλικά,
Γιώργος

Γιώργος Καραλής
Λογιστής – Φοροτεχνικός Α' τάξης
Λογιστικό Γραφείο Καραλή
Εγνατίας 118, 546 30 Θεσσαλονίκη
Τηλ. 2310 268 441""",
        attach=[pdf_att("myDATA_asymfonies_2026-09.pdf", [
            "# Logistiko Grafeio Karali", "myDATA - Asymfonies exodon 09/2026",
            "Pelatis: EXAMPLE GROUP HELLAS M.A.E., AFM " + AFM_EG, "---",
            "1. Galaktokomika Makedonias AE (AFM " + AFM_DAIRY + ")  TDA 4127  3.412,80 EUR  - xaraktirismos ekkremei",
            "2. Galaktokomika Makedonias AE (AFM " + AFM_DAIRY + ")  TDA 4139  2.987,40 EUR  - xaraktirismos ekkremei",
            "3. ACS Courier  Pistotiko 88412  -46,50 EUR  - syschetisi ekkremei", "---",
            "Energeia: apostoli antigrafon parastatikon sto grafeio."],
            title="myDATA asymfonies 09/2026", producer="Epsilon Net Business Cloud", created="20261116171504+02'00'")],
        what="Genuine note from the Greek office's external accountant listing three myDATA mismatches and asking for scanned documents.",
        why="Known accountant on his own domain, Outlook; the accountant fixes the entries with his own credentials and explicitly asks for no login; warns about AADE-themed phishing; PDF list only.",
        pair=["aade-mydata-asymfonies"],
        pair_note="Same myDATA-mismatch topic; the accountant's mail asks only for documents, the attack asks for TAXISnet credentials on a foreign domain.",
    ))
    # ----------------------------------------------------------------- 33
    M.append(dict(
        slug="fournos-paraggelia-christougenna",
        date="2026-12-04 07:48:19", zone="GR",
        frm=("Κώστας Καραγιάννης", "kostas.karagiannis@otenet.gr"), to=[S("gr_mgr", native=True)],
        subject="Παραγγελία ζύμης για τα Χριστούγεννα",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("mailout5.otenet.gr", "mailout5.otenet.gr", "83.235.69.35"),
                      sub_host="mx-out.otenet.gr", public_ip="94.65.211.149",
                      public_rdns="ppp-94-65-211-149.home.otenet.gr", zone="GR"),
        charset="iso-8859-7", cte="8bit", clang="el",
        text="""Καλημέρα Δημήτρη,

Όπως τα είπαμε στο τηλέφωνο, σου στέλνω την παραγγελία για τις γιορτές:

- 30 κιβώτια ζύμη κρουασάν βουτύρου
- 20 κιβώτια βάση για τσουρέκι
- 12 κιβώτια κουλούρια Θεσσαλονίκης κατεψυγμένα
- 8 κιβώτια μελομακάρονα (ωμά, για ψήσιμο)

Παράδοση Τρίτη 15/12 το πρωί, πριν τις 8:00 αν γίνεται, γιατί μετά κλείνει ο δρόμος για τη λαϊκή. Πληρωμή όπως πάντα με επιταγή στις 60 μέρες.

Ευχαριστώ και καλή συνέχεια,
Κώστας Καραγιάννης
Φούρνος Καραγιάννη – Καλαμαριά
Τηλ. 2310 447 218""",
        what="Genuine Christmas order from a bakery customer on a consumer otenet.gr mailbox.",
        why="Known customer following up a phone call, Outlook on his home connection via OTE's mail servers; concrete quantities and delivery date; no links, attachments or payment changes.",
    ))
    # ----------------------------------------------------------------- 34
    M.append(dict(
        slug="makedonia-dairy-timologia-noemvriou",
        date="2026-11-30 13:05:44", zone="GR",
        frm=("Γαλακτοκομικά Μακεδονίας – Λογιστήριο", "logistirio@makedonia-dairy.gr"), to=[S("gr_acc", native=True)],
        cc=[("Νίκος Αντωνίου", "n.antoniou@makedonia-dairy.gr")],
        subject="Τιμολόγια Νοεμβρίου 2026 – Γαλακτοκομικά Μακεδονίας Α.Ε.",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("mail.makedonia-dairy.gr", "mail.makedonia-dairy.gr", "62.103.140.18"),
                      sub_style="exchange", sub_host="MD-EXCH01.makedonia-dairy.local", sub_ip="192.168.10.15", zone="GR"),
        charset="iso-8859-7", cte="quoted-printable", html="auto", clang="el",
        text="""Αγαπητή κα Γεωργίου,

Σας αποστέλλουμε συνημμένα τα τιμολόγια-δελτία αποστολής Νοεμβρίου:

ΤΔΑ 4418 – 8.214,30 €
ΤΔΑ 4431 – 6.905,70 €
ΤΔΑ 4452 – 6.264,60 €
Σύνολο: 21.384,60 €

Η εξόφληση να γίνει ως συνήθως στον λογαριασμό μας στην Εθνική Τράπεζα:
IBAN %s

Σας υπενθυμίζουμε ότι ο τραπεζικός μας λογαριασμός δεν έχει αλλάξει. Για οποιαδήποτε αλλαγή θα ενημερωθείτε μόνο με υπογεγραμμένη επιστολή και τηλεφωνική επιβεβαίωση από το λογιστήριο.

Με εκτίμηση,
Λογιστήριο
Γαλακτοκομικά Μακεδονίας Α.Ε.
ΒΙ.ΠΕ. Σίνδου, 570 22 Θεσσαλονίκη – ΑΦΜ %s
Τηλ. 2310 798 300""" % (cd.iban_fmt(BANK["dairy_gr"]), AFM_DAIRY),
        attach=[pdf_att("TDA_4418_4431_4452.pdf", [
            "# Galaktokomika Makedonias A.E.", "Timologia - Deltia Apostolis 11/2026", "AFM " + AFM_DAIRY, "",
            "Pelatis: EXAMPLE GROUP HELLAS M.A.E., AFM " + AFM_EG, "---",
            "TDA 4418  04/11/2026  Voutyro 82%, krema galaktos 35%      8.214,30 EUR",
            "TDA 4431  13/11/2026  Voutyro 82%, gala plires              6.905,70 EUR",
            "TDA 4452  24/11/2026  Krema galaktos 35%, mascarpone        6.264,60 EUR", "---",
            "## Synolo 21.384,60 EUR",
            "Pliromi: Ethniki Trapeza, IBAN " + cd.iban_fmt(BANK["dairy_gr"])],
            title="TDA 11/2026", producer="SoftOne Soft1 ERP", created="20261130130211+02'00'")],
        what="Genuine monthly invoice mail from the dairy supplier's accounts department with the unchanged NBG account.",
        why="Real domain makedonia-dairy.gr through the supplier's own Exchange; invoice numbers and totals; states explicitly that bank changes only come by signed letter and phone confirmation.",
        pair=["makedonia-dairy-lookalike-iban"],
        pair_note="Same invoices (ΤΔΑ 4418/4431/4452) and total; the genuine mail from makedonia-dairy.gr keeps the NBG IBAN, the look-alike makedonia-dairy.com asks to pay to Eurobank.",
    ))
    # ----------------------------------------------------------------- 35
    M.append(dict(
        slug="karta-ergasias-vardies-eorton",
        date="2026-11-27 12:34:50", zone="GR",
        frm=S("gr_mgr", native=True), to=[S("gr_acc", native=True)],
        cc=[("Υπεύθυνοι καταστημάτων Ελλάδας", "cafes-gr@example.com")],
        subject="Ψηφιακή Κάρτα Εργασίας – βάρδιες των εορτών",
        via="internal_exchange", via_opts=dict(lang="el-GR"),
        charset="utf-8", cte="quoted-printable", html="auto",
        text="""Καλησπέρα σε όλους,

Μια υπενθύμιση ενόψει των εορτών, που θα έχουμε πολλές αλλαγές στις βάρδιες:

1. Κάθε αλλαγή ωραρίου ή υπερωρία δηλώνεται στο ΕΡΓΑΝΗ ΙΙ πριν από την έναρξη της βάρδιας. Τις δηλώσεις τις κάνει η Ελένη από το λογιστήριο – στείλτε της το πρόγραμμα της εβδομάδας μέχρι την Πέμπτη.
2. Οι εργαζόμενοι χτυπούν κάρτα όπως πάντα με το QR στην είσοδο κάθε καταστήματος μέσω της εφαρμογής ERGANI Card.
3. Καμία αλλαγή δεν γίνεται «από κινητό» από εσάς και κανείς δεν χρειάζεται να δώσει κωδικούς TAXISnet.

Προσοχή: κυκλοφορούν email δήθεν από το ΕΡΓΑΝΗ για «επαλήθευση εργοδότη» με QR κωδικό. Το ΕΡΓΑΝΗ δεν στέλνει τέτοια μηνύματα – αν σας έρθει κάτι τέτοιο, μην το σκανάρετε και προωθήστε το στο it-sicherheit@example.com.

Ευχαριστώ,
Δημήτρης

%s""" % sig("gr_mgr", native=True),
        what="Genuine internal reminder from the Greek country manager about declaring holiday shifts for the digital work card.",
        why="Internal relay/Exchange from the manager's real mailbox; operational instructions; no link, no QR to scan, no credential request; warns about the ERGANI QR phishing.",
        pair=["ergani-karta-ergasias-qr"],
        pair_note="Same digital-work-card topic; the internal reminder asks for nothing and warns against QR e-mails, the attack's QR leads to a fake TAXISnet login.",
    ))
    # ----------------------------------------------------------------- 36
    unsub = "https://links.efood.gr/u/unsub?upn=u001.Xk9q2Vd7Lh3mBzR0wT5yNfC8aP1eS6gJ&e=dimitris.papadopoulos%40example.com"
    M.append(dict(
        slug="efood-partner-newsletter-eortes",
        date="2026-12-01 11:00:03", zone="GR",
        frm=("efood για Συνεργάτες", "partners@efood.gr"), to=[S("gr_mgr", native=True)],
        subject="Οι γιορτές έρχονται: ωράριο, προσφορές και εκκαθαρίσεις Δεκεμβρίου",
        via="sendgrid", via_opts=dict(bounce_domain="em2231.efood.gr"),
        headers=[("List-Unsubscribe", "<%s>" % unsub),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="efood για Συνεργάτες", color="#ed2e2e",
                   button=("Άνοιγμα Partner Portal", "https://partners.efood.gr/"),
                   footer="Λαμβάνετε αυτό το ενημερωτικό ως συνεργάτης της efood.\n[[Διαγραφή από τη λίστα|%s]]" % unsub),
        text="""Γεια σας,

Οι γιορτές είναι η πιο δυνατή περίοδος της χρονιάς για τα καταστήματα εστίασης. Μερικά χρήσιμα για τον Δεκέμβριο:

**Ωράριο εορτών:** ενημερώστε το ωράριο των καταστημάτων σας για 24, 25 και 31/12 από το Partner Portal έως τις 15/12.

**Προσφορές:** οι προωθητικές ενέργειες «Γλυκά των Γιορτών» ξεκινούν 10/12 – η συμμετοχή είναι προαιρετική.

**Εκκαθαρίσεις:** οι πληρωμές Δεκεμβρίου γίνονται κανονικά κάθε Τρίτη. Για λόγους ασφαλείας, αλλαγή IBAN γίνεται μόνο από το Partner Portal με επιβεβαίωση από τον νόμιμο εκπρόσωπο – δεν θα σας ζητήσουμε ποτέ στοιχεία μέσω email.

[[Άνοιγμα Partner Portal|https://partners.efood.gr/]]

Καλές γιορτές,
Η ομάδα της efood""",
        what="Genuine partner newsletter from the food-delivery platform efood via SendGrid with List-Unsubscribe.",
        why="From efood.gr (SendGrid with the efood.gr bounce domain), informational, links only to efood.gr, states that IBAN changes never happen by e-mail.",
        pair=["efood-partner-payout"],
        pair_note="Both concern efood payouts; the genuine newsletter from efood.gr says IBANs are never changed by e-mail, the attack from efood-partner-support.com demands IBAN verification within 24 hours.",
    ))
    return M
