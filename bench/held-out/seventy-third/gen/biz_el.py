"""Greek genuine business messages 32-36."""
from lib import *
import facts as F

AQT_RELAY = dict(kind="cpanel", host="cp14.papaki-hosting.gr", ip="185.4.132.78")


def b32():
    slug = "aquatech-timologio-tda-0871"
    r = rng_for(slug)
    t = local("EET", 2026, 10, 27, 13, 20, 26)
    snd = "logistirio@aquatech-hellas.gr"
    rcpt = S("gr_acc")[1]
    p = infra.outlook_classic(r, t, snd, rcpt, AQT_RELAY, pc="LOGISTIRIO-1", client_ip="94.66.220.35", lang="el",
                              hcs="iso-8859-7", henc="B", zone="EET")
    text = """Καλημέρα σας,

Σας αποστέλλουμε συνημμένα το Τιμολόγιο - Δελτίο Αποστολής ΤΔΑ 2026/0871 για την προμήθεια μηχανικών στυπειοθλιπτών και πτερωτών για το αντλιοστάσιο Θέρμης (παραγγελία σας PO-GR-2026-0214).

Σύνολο: 9.405,40 € (συμπ. ΦΠΑ 24%%)
Τρόπος πληρωμής: πίστωση 60 ημερών
Τραπεζικός λογαριασμός: Εθνική Τράπεζα της Ελλάδος, IBAN %s

Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 40000%s).

Με εκτίμηση,
Λογιστήριο
Aquatech Hellas Α.Ε.
ΒΙ.ΠΕ. Σίνδου, Οδός Γ΄, 57022 Θεσσαλονίκη
Τηλ. 2310 795 400 - ΑΦΜ %s - ΔΟΥ ΦΑΕ Θεσσαλονίκης""" % (iban_fmt(F.AQT_IBAN), digits(r, 10), F.AQT_AFM)
    pdf = simple_pdf("ΤΔΑ 2026/0871", [
        "# AQUATECH HELLAS Α.Ε.",
        "ΒΙ.ΠΕ. Σίνδου, Οδός Γ΄, 57022 Θεσσαλονίκη · ΑΦΜ " + F.AQT_AFM + " · ΔΟΥ ΦΑΕ Θεσσαλονίκης",
        "",
        "## ΤΙΜΟΛΟΓΙΟ - ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ  ΤΔΑ 2026/0871",
        "Ημερομηνία: 27/10/2026",
        "Πελάτης: EXAMPLE GROUP HELLAS Μ.Α.Ε. · ΑΦΜ " + F.EG_GR_AFM,
        "",
        "Μηχανικός στυπειοθλίπτης Ø55        4 τεμ. × 985,00 €      3.940,00 €",
        "Πτερωτή αντλίας DN150                 2 τεμ. × 1.780,00 €    3.560,00 €",
        "Μεταφορικά                                                               85,00 €",
        "Καθαρή αξία                                                          7.585,00 €",
        "ΦΠΑ 24%                                                               1.820,40 €",
        "**Σύνολο                                                               9.405,40 €",
        "",
        "Πληρωμή: πίστωση 60 ημερών · ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ IBAN " + iban_fmt(F.AQT_IBAN),
    ], author="Logistirio", creator="SoftOne", producer="SoftOne", created=pdfdate(plus(t, -900), "EET"))
    html = html_outlook(text, "iso-8859-7", lang="EL")
    body = mixed(p, alt(p, text, html, "iso-8859-7", "quoted-printable"), [att(p, pdf, "TDA_2026_0871.pdf")])
    return Mail(32, "el", slug, B, p, ("Λογιστήριο Aquatech Hellas", snd), [S("gr_acc")],
                "Τιμολόγιο ΤΔΑ 2026/0871 - Aquatech Hellas", body,
                what="Genuine supplier invoice from Aquatech Hellas' accounting (Outlook via cPanel hosting): pump spare parts, PDF, myDATA MARK, usual NBG account.",
                why="Real .gr domain on its hosting provider, PO reference, 60-day credit, known NBG account, transmitted to myDATA; no pressure.",
                pair=[33], pair_note="Same supplier and invoice number as look-alike bank change 33; genuine mail names the NBG account the attacker calls 'frozen'.")


def b33():
    slug = "karagiannis-otenet-prosfora"
    r = rng_for(slug)
    t = local("EET", 2026, 11, 12, 20, 41, 13)
    snd = "dkaragiannis@otenet.gr"
    rcpt = S("gr_mgr")[1]
    p = infra.zimbra_otenet(r, t, snd, rcpt, "94.68.141.22")
    text = """Γιώργο καλησπέρα,

όπως τα είπαμε στο αντλιοστάσιο την Τρίτη, σου στέλνω την προσφορά για την αποκατάσταση των τριών φρεατίων επίσκεψης και την αντικατάσταση των καλυμμάτων (D400) στην είσοδο του αντλιοστασίου Θέρμης.

Σύνολο εργασιών και υλικών: 6.850 € + ΦΠΑ. Χρόνος εκτέλεσης 8 εργάσιμες, μπορούμε να ξεκινήσουμε από 23/11 αν το εγκρίνετε αυτή την εβδομάδα, πριν πιάσουν οι βροχές.

Την προσφορά την έχεις και σε PDF στο συνημμένο. Για ό,τι χρειαστείς πάρε με στο κινητό.

Φιλικά,
Δημήτρης Καραγιάννης
Τεχνικές Εργασίες
κιν. 697 412 3380"""
    html = "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">" + "".join(
        "<div>%s</div>" % (html_escape(l) if l else "<br data-mce-bogus=\"1\">") for l in text.split("\n")) + "</div></body></html>"
    pdf = simple_pdf("Προσφορά αντλιοστάσιο Θέρμης", [
        "# Δημήτρης Καραγιάννης – Τεχνικές Εργασίες",
        "ΑΦΜ " + F.KARAG_AFM + " · κιν. 697 412 3380 · dkaragiannis@otenet.gr",
        "",
        "## ΠΡΟΣΦΟΡΑ 27/2026 – 12/11/2026",
        "Προς: Example Group Hellas – Αντλιοστάσιο Θέρμης",
        "",
        "1. Καθαίρεση και ανακατασκευή λαιμού φρεατίων (3 τεμ.)       3.150,00 €",
        "2. Καλύμματα φρεατίων D400 με πλαίσιο (3 τεμ.)                   1.980,00 €",
        "3. Σκυροδέματα, σφραγίσεις, αποκατάσταση ασφάλτου               1.720,00 €",
        "**Σύνολο: 6.850,00 € + ΦΠΑ 24%",
        "Χρόνος εκτέλεσης: 8 εργάσιμες ημέρες · Ισχύς προσφοράς: 30 ημέρες",
    ], author="Dimitris", creator="Microsoft Word", producer="Microsoft Word 2016", created=pdfdate(plus(t, -3600), "EET"))
    body = mixed(p, alt(p, text, html, "utf-8", "quoted-printable"), [att(p, pdf, "Prosfora_27-2026_Frеatia_Thermis.pdf".replace("е", "e"))])
    return Mail(33, "el", slug, B, p, ("Δημήτρης Καραγιάννης", snd), [S("gr_mgr")],
                "Προσφορά αποκατάσταση φρεατίων - αντλιοστάσιο Θέρμης", body,
                what="Genuine quotation from the small civil-works contractor via his otenet.gr webmail (Zimbra) from a Greek residential IP: manhole repairs at the pumping station, PDF quote.",
                why="Same mailbox and infrastructure as usual, logged in from a Greek ISP, informal first-name tone, follows a site visit, text-only PDF, phone contact; nothing to sign in to.",
                pair=[35], pair_note="Same sender mailbox as compromised-mailbox attack 35; genuine quote is a PDF with personal tone, the attack is an HTML login form sent at 06:48 from a foreign hosting IP.")


def b34():
    slug = "eleni-gmail-astheneia-paidiou"
    r = rng_for(slug)
    t = local("EET", 2026, 12, 1, 7, 22, 5)
    snd = "eleni.georgiou.thess@gmail.com"
    rcpt = S("gr_mgr")[1]
    p = infra.gmail(r, t, snd, rcpt, client="mobile", zone="EET")
    text = """Καλημέρα Γιώργο,

ο μικρός έχει πυρετό από χθες το βράδυ και θα μείνω σπίτι σήμερα. Σου γράφω από το προσωπικό μου γιατί στο κινητό δεν έχω ρυθμίσει το εταιρικό email.

Θα δουλέψω από το σπίτι όσο μπορώ, το laptop συνδέεται κανονικά με VPN. Τις πληρωμές προμηθευτών της Πέμπτης τις έχω ετοιμάσει στο e-banking και περιμένουν τη δική σου έγκριση.

Θα σε ενημερώσω για αύριο.

Ελένη"""
    body = alt(p, text, html_gmail(text), "UTF-8", "base64")
    return Mail(34, "el", slug, B, p, ("Ελένη Γεωργίου", snd), [S("gr_mgr")],
                "Σήμερα από το σπίτι", body,
                what="The Greek accountant tells her manager from her private Gmail that her child is sick and she will work from home; payments are prepared and awaiting his approval in e-banking.",
                why="Private address of a real colleague, personal context, references the normal approval process, asks for nothing.",
                pair=[36], pair_note="Mentions e-banking payments like the Eurobank phishing 36, but nothing is requested and no link is present.")


def b35():
    slug = "deya-parapona-osmes"
    r = rng_for(slug)
    t = local("EET", 2026, 10, 19, 10, 5, 31)
    snd = "s.mavridou@deya-vaxona.gr"
    rcpt = S("gr_mgr")[1]
    hop = "from [192.168.20.54] (unknown [46.246.148.30])\n\tby mail.deya-vaxona.gr (Postfix) with ESMTPSA id 4C1E3620A1\n\tfor <giorgos.papadopoulos@example.com>; %s" % rfcdate(plus(t, 1), "EET", comment=True)
    p = infra.thunderbird(r, t, snd, rcpt, dict(kind="direct", helo="mail.deya-vaxona.gr", rdns="mail.deya-vaxona.gr",
                                                 ip="46.246.148.29", hops=[hop]), "46.246.148.30", lang="el", zone="EET")
    text = """Κύριε Παπαδόπουλε, καλημέρα σας,

Τις τελευταίες τρεις ημέρες έχουμε δεχθεί στη ΔΕΥΑ περισσότερα από 20 τηλεφωνήματα και δύο γραπτές καταγγελίες από κατοίκους του οικισμού Αγίου Αντωνίου για έντονες οσμές από την Εγκατάσταση Επεξεργασίας Λυμάτων, κυρίως τις απογευματινές ώρες. Ο Αντιδήμαρχος μάς ζήτησε ενημέρωση έως την Τετάρτη.

Παρακαλούμε να μας ενημερώσετε γραπτώς:
1. αν υπάρχει πρόβλημα στη μονάδα πάχυνσης ή στην αφυδάτωση της ιλύος,
2. ποια μέτρα λαμβάνετε άμεσα (π.χ. κάλυψη δεξαμενών, λειτουργία βιόφιλτρου),
3. τα αποτελέσματα των τελευταίων μετρήσεων H2S στην περίμετρο.

Σας επισυνάπτουμε τον κατάλογο με τις καταγγελίες στο επόμενο μήνυμα, αφού ανωνυμοποιηθεί.

Με εκτίμηση,

Σοφία Μαυρίδου
Χημικός Μηχανικός
Τμήμα Αποχέτευσης και ΕΕΛ
ΔΕΥΑ Βορείου Άξονα
Τηλ. 2394 0 22150"""
    body = Text(text, "plain", "UTF-8", "8bit", params=["format=flowed"])
    return Mail(35, "el", slug, B, p, ("Σοφία Μαυρίδου", snd), [S("gr_mgr")],
                "Παράπονα κατοίκων για οσμές από την ΕΕΛ - αίτημα ενημέρωσης", body,
                what="Genuine complaint from a municipal water and sewerage company (own mail server, Thunderbird) about odours from the wastewater treatment plant, asking for a written report.",
                why="Customer's own domain and server, specific technical questions (thickening, dewatering, H2S), political deadline, no links or attachments.")


def b36():
    slug = "internal-eurobank-app-phishing-warning"
    r = rng_for(slug)
    t = local("EET", 2026, 10, 23, 12, 30, 9)
    snd = S("gr_mgr")[1]
    rcpt = S("gr_acc")[1]
    p = infra.exchange_internal(r, t, snd, rcpt, server="exch02", client_ip="10.60.1.15", lang="el-GR")
    p.hcs, p.henc = "windows-1253", "B"
    text = """Καλημέρα σε όλους,

από τη Δευτέρα 2 Νοεμβρίου η έγκριση πληρωμών στο Eurobank Business e-Banking θα γίνεται μόνο μέσω της εφαρμογής Eurobank Mobile (το παλιό token καταργείται). Η Ελένη και εγώ έχουμε ήδη ενεργοποιήσει την εφαρμογή.

Προσοχή: την ίδια περίοδο κυκλοφορούν ψεύτικα μηνύματα "Eurobank" που ζητούν επικαιροποίηση στοιχείων (KYC) μέσω συνδέσμου. Η τράπεζα δεν στέλνει ποτέ συνδέσμους για σύνδεση στο e-banking. Την επικαιροποίηση KYC της εταιρείας την κάνουμε μόνο στο κατάστημα, με την υπεύθυνη πελατείας μας κα Τσολάκη.

Αν λάβετε τέτοιο μήνυμα, μην πατήσετε τίποτα και προωθήστε το στο phishing@example.com.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
Διευθυντής
Example Group Hellas Μ.Α.Ε.
Τηλ. 2310 478 900"""
    html = html_outlook(text, "windows-1253", lang="EL")
    body = alt(p, text, html, "windows-1253", "quoted-printable")
    return Mail(36, "el", slug, B, p, S("gr_mgr"), [("Προσωπικό Θεσσαλονίκης", "staff-gr@example.com")],
                "Νέος τρόπος έγκρισης Eurobank Business e-Banking & προσοχή σε ψεύτικα μηνύματα", body, rcpt=rcpt,
                what="Genuine internal notice from the Greek office manager (Exchange → mail-int01): payment approvals move to the Eurobank Mobile app; warning about fake Eurobank KYC e-mails.",
                why="Internal path, real sender to a distribution list, no links, tells staff to report suspicious mails; awareness, not a request.",
                pair=[36], pair_note="Same bank, same 'KYC update' and e-banking topic as phishing 36 (sent one day earlier); genuine notice is internal and warns against it.")


def build():
    return [b32(), b33(), b34(), b35(), b36()]
