"""Greek messages: 5 attacks, 5 genuine."""

from common import utc, iban_fmt
from kit import S, M, ACC, ID, plain, alt, outlook_alt, with_atts, pdf_att, alt_related, b64, sig
from mime import attachment, html_branded, html_simple, html_outlook, html_gmail
from attach import pdf
from media import qr_part
from infra import brevo, vps_postfix, mailgun, exim_cpanel, gmail, otenet, internal

ATTACKS = []
BUSINESS = []

AFM = ID["eg_gr_afm"]

# ---------------------------------------------------------------------------
# A32. AADE myDATA discrepancy phishing (Brevo, iso-8859-7)
# ---------------------------------------------------------------------------
md_url = "https://mydata.aade.gr.apokliseis-parastatikon.com/taxisnet/login?afm=%s&r=%s" % (AFM, b64(S["gr_acc"].addr))
md_txt = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Ηλεκτρονικά Βιβλία ΑΑΔΕ - myDATA

Αξιότιμε/η επιχειρηματία,

κατά τη διασταύρωση των δεδομένων που διαβιβάστηκαν στην πλατφόρμα myDATA για το διάστημα Ιουλίου - Σεπτεμβρίου 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων της επιχείρησής σας (Α.Φ.Μ. %s) και των αντίστοιχων παραστατικών εξόδων των αντισυμβαλλομένων σας, συνολικού ποσού 38.412,60 €.

Οι αποκλίσεις πρέπει να διορθωθούν εντός 15 ημερών από την παρούσα ειδοποίηση· σε αντίθετη περίπτωση επιβάλλεται πρόστιμο για κάθε παράλειψη διαβίβασης σύμφωνα με τον Κώδικα Φορολογικής Διαδικασίας.

Για να δείτε τον αναλυτικό κατάλογο και να υποβάλετε τις διορθώσεις, συνδεθείτε με τους κωδικούς TAXISnet:

[[Προβολή αποκλίσεων|%s]]

Με εκτίμηση,
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
ΑΑΔΕ

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
""" % (AFM, md_url)
md_html = html_branded("Εντοπίστηκαν αποκλίσεις στα παραστατικά σας",
                       ["Αξιότιμε/η επιχειρηματία,",
                        "κατά τη διασταύρωση των δεδομένων που διαβιβάστηκαν στην πλατφόρμα myDATA για το διάστημα Ιουλίου - Σεπτεμβρίου 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων της επιχείρησής σας (Α.Φ.Μ. %s) και των αντίστοιχων παραστατικών εξόδων των αντισυμβαλλομένων σας, συνολικού ποσού 38.412,60 €." % AFM,
                        "Οι αποκλίσεις πρέπει να διορθωθούν εντός 15 ημερών από την παρούσα ειδοποίηση· σε αντίθετη περίπτωση επιβάλλεται πρόστιμο για κάθε παράλειψη διαβίβασης."],
                       button=("Προβολή αποκλίσεων", md_url),
                       footer="Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης – ΑΑΔΕ\nΤο μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.",
                       brand="#003476", logo_text="ΑΑΔΕ myDATA", lang="el")
ATTACKS.append(M(
    id="A-el-mydata", lang="el", slug="aade-mydata-apokliseis-phishing",
    t=utc(2026, 10, 27, 8, 25, 44),
    frm=("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata-gov.gr"),
    to=[S["gr_acc"].nm(native=True)],
    subject="myDATA: Εντοπίστηκαν αποκλίσεις στα διαβιβασθέντα παραστατικά - Α.Φ.Μ. %s" % AFM,
    transport=brevo(ip="185.41.28.71", host="m185-41-28-71.sendibt2.com"), mua="none", zone="EET",
    hdr_cs="iso-8859-7", hdr_enc="B",
    body=alt(md_txt, md_html, cs="iso-8859-7", cte="quoted-printable"),
    lookalikes=["aade-mydata-gov.gr", "mydata.aade.gr.apokliseis-parastatikon.com"],
    what="Fake Greek tax authority (AADE) notice about myDATA invoice discrepancies with a TAXISnet login button.",
    why="Sent via the Brevo ESP from aade-mydata-gov.gr (AADE uses aade.gr); link to a sub-domain-trick host collecting TAXISnet credentials; fine threat and 15-day deadline."))

# ---------------------------------------------------------------------------
# A33. Customs/excise broker bank change from a look-alike domain
# ---------------------------------------------------------------------------
cb_txt = """Καλημέρα κυρία Γεωργίου,

η παρτίδα με τα κεγκ μπύρας από Bamberg (e-ΔΗ/ARC 26DEF4P0R7K1Q8W2X5Z37, 2 φορτηγά) έφτασε χθες το απόγευμα στην αποθήκη μας στο Καλοχώρι. Για να γίνει σήμερα η θέση σε ανάλωση και να φορτωθεί αύριο το πρωί για τους πελάτες σας, πρέπει να καταβληθούν:

ΕΦΚ μπύρας: 11.940,00 €
Αμοιβή εκτελωνισμού & παράβολα: 320,00 € + ΦΠΑ 24%% = 396,80 €
Σύνολο: 12.336,80 €

Επειδή ο λογαριασμός μας στην Εθνική βρίσκεται σε διαδικασία επικαιροποίησης (KYC) και δεν δέχεται προσωρινά εισερχόμενα εμβάσματα, παρακαλώ να γίνει η κατάθεση στον λογαριασμό μας στη Eurobank:

Δικαιούχος: Σιδηρόπουλος Γ. & ΣΙΑ Ε.Ε.
IBAN: %s

Αν το έμβασμα δεν πιστωθεί μέχρι τις 14:00, η θέση σε ανάλωση μεταφέρεται για αύριο και χρεώνονται έξοδα φύλαξης 180 € την ημέρα. Στείλτε μου παρακαλώ το αποδεικτικό απαντώντας σε αυτό το email, γιατί σήμερα είμαι όλη μέρα στο τελωνείο και δεν μπορώ να μιλήσω στο τηλέφωνο.

Ευχαριστώ,
Γιώργος Σιδηρόπουλος
Τελωνειακός Αντιπρόσωπος
Σιδηρόπουλος Γ. & ΣΙΑ Ε.Ε. - Τελωνειακές Εργασίες
Λιμάνι Θεσσαλονίκης - Καλοχώρι
""" % iban_fmt(ACC["gr_fraud"])
ATTACKS.append(M(
    id="A-el-customs", lang="el", slug="teloneiakos-allagi-logariasmou-lookalike",
    t=utc(2026, 11, 11, 8, 47, 5),
    frm=("Γιώργος Σιδηρόπουλος", "g.sidiropoulos@sidiropoulos-customs.com"),
    to=[S["gr_acc"].nm(native=True)], cc=[S["gr_mgr"].nm(native=True)],
    subject="Θέση σε ανάλωση κεγκ μπύρας σήμερα - πληρωμή ΕΦΚ",
    transport=vps_postfix("mail.sidiropoulos-customs.com", "45.150.108.33", rdns="45-150-108-33.hostvds.com", client_ip="41.216.188.12", zone="+0200"),
    mua="roundcube", zone="EET", hdr_cs="windows-1253",
    body=plain(cb_txt, cs="windows-1253", cte="quoted-printable"),
    lookalikes=["sidiropoulos-customs.com"],
    what="'Customs broker' demands today's excise (EFK) and fees of EUR 12,336.80 for a beer-keg consignment, to be paid to a 'temporary' Eurobank account.",
    why="Look-alike domain sidiropoulos-customs.com (real broker: sidiropoulos-customs.gr) on a cheap VPS, login from a Nigerian IP; switches from the broker's known NBG account citing a KYC block; same-day deadline with storage-fee threat; not reachable by phone – BEC."))

# ---------------------------------------------------------------------------
# A34. Courier fee (ACS) via Mailgun
# ---------------------------------------------------------------------------
acs_url = "https://acscourier-gr.paradosi-apostolis.com/track/7391045521?p=" + b64(S["gr_mgr"].addr)
acs_txt = """ACS Courier

Η αποστολή σας δεν παραδόθηκε

Αριθμός αποστολής: 7391045521
Αποστολέας: KRONES Hellas (ανταλλακτικά)
Παραλήπτης: Example Group Hellas, ΒΙ.ΠΕ. Σίνδου

Η αποστολή σας παραμένει στο κατάστημα ACS Σίνδου επειδή δεν έχουν εξοφληθεί τα τέλη αντικαταβολής/μεταφοράς (1,95 €).

Για να προγραμματίσετε νέα παράδοση, εξοφλήστε το ποσό εντός 24 ωρών:

[[Πληρωμή και επαναπρογραμματισμός|%s]]

Μετά την παρέλευση της προθεσμίας η αποστολή επιστρέφεται στον αποστολέα.

ACS Courier - Εξυπηρέτηση Πελατών
""" % acs_url
acs_html = html_branded("Η αποστολή σας δεν παραδόθηκε",
                        ["Αριθμός αποστολής: 7391045521 – Αποστολέας: KRONES Hellas (ανταλλακτικά)",
                         "Η αποστολή σας παραμένει στο κατάστημα ACS Σίνδου επειδή δεν έχουν εξοφληθεί τα τέλη αντικαταβολής/μεταφοράς (1,95 €).",
                         "Για να προγραμματίσετε νέα παράδοση, εξοφλήστε το ποσό εντός 24 ωρών."],
                        button=("Πληρωμή και επαναπρογραμματισμός", acs_url),
                        after_button=["Μετά την παρέλευση της προθεσμίας η αποστολή επιστρέφεται στον αποστολέα."],
                        footer="ACS Courier – Εξυπηρέτηση Πελατών", brand="#e30613", logo_text="ACS", lang="el")
ATTACKS.append(M(
    id="A-el-acs", lang="el", slug="acs-courier-pliromi-telon",
    t=utc(2026, 12, 3, 9, 31, 22),
    frm=("ACS Courier", "noreply@acs-apostoles.gr"),
    to=[S["gr_mgr"].nm(native=True)],
    subject="ACS: Η αποστολή 7391045521 δεν παραδόθηκε - απαιτείται ενέργεια",
    transport=mailgun("mg.acs-apostoles.gr", ip="198.61.254.21", host="so254-21.mailgun.net"), mua="none", zone="EET",
    body=alt(acs_txt, acs_html, cs="utf-8", cte="base64"),
    lookalikes=["acs-apostoles.gr", "paradosi-apostolis.com"],
    what="Courier phishing: ACS parcel (spare parts) not delivered because of an unpaid EUR 1.95 fee; pay via link.",
    why="Mailgun from acs-apostoles.gr (ACS uses acscourier.net); the link goes to acscourier-gr.paradosi-apostolis.com (card-data harvesting); tiny fee and 24-hour deadline are the classic courier-scam pattern."))

# ---------------------------------------------------------------------------
# A35. Bank KYC quishing (Alpha Bank), inline QR, windows-1253
# ---------------------------------------------------------------------------
ab_url = "https://myalpha-business.gr.kyc-epikairopoiisi.com/e/?c=" + b64(S["gr_acc"].addr)
ab_txt = """Alpha Bank - myAlpha Web Business

Επικαιροποίηση στοιχείων πελάτη (KYC)

Αγαπητέ πελάτη,

σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), θα πρέπει να επικαιροποιήσετε τα στοιχεία της επιχείρησής σας EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε. έως τις 10/12/2026.

Εάν η επικαιροποίηση δεν ολοκληρωθεί εγκαίρως, οι συναλλαγές μέσω myAlpha Web Business (εξερχόμενες μεταφορές, πληρωμές μισθοδοσίας) θα περιοριστούν προσωρινά.

Η διαδικασία γίνεται αποκλειστικά από κινητό τηλέφωνο: σαρώστε τον κωδικό QR με την κάμερα της συσκευής σας και συνδεθείτε με τους κωδικούς σας.

Με εκτίμηση,
Alpha Bank
"""
ab_html = html_branded("Επικαιροποίηση στοιχείων πελάτη (KYC)",
                       ["Αγαπητέ πελάτη,",
                        "σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), θα πρέπει να επικαιροποιήσετε τα στοιχεία της επιχείρησής σας EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε. έως τις 10/12/2026.",
                        "Εάν η επικαιροποίηση δεν ολοκληρωθεί εγκαίρως, οι συναλλαγές μέσω myAlpha Web Business θα περιοριστούν προσωρινά.",
                        "Σαρώστε τον κωδικό QR με την κάμερα του κινητού σας:"],
                       img_cid="kyc-qr-0412@alpha", img_alt="QR",
                       footer="Alpha Bank", brand="#2c3e8f", logo_text="Alpha Bank", lang="el")
ATTACKS.append(M(
    id="A-el-bankqr", lang="el", slug="trapeza-kyc-qr-code",
    t=utc(2026, 12, 4, 7, 58, 40),
    frm=("Alpha Bank", "info@alphabank-epikoinonia.gr"),
    to=[S["gr_acc"].nm(native=True)],
    subject="Επικαιροποίηση στοιχείων επιχείρησης έως 10/12/2026",
    transport=exim_cpanel("gr-linux12.grserver.gr", "185.4.132.77", "103.153.182.40", zone="+0200"),
    mua="phpmailer", zone="EET", hdr_cs="windows-1253",
    body=alt_related(ab_txt, ab_html, [qr_part(ab_url, "kyc.png", cid="kyc-qr-0412@alpha", inline=True)], cs="windows-1253", cte="quoted-printable"),
    qr_url=ab_url, lookalikes=["alphabank-epikoinonia.gr", "myalpha-business.gr.kyc-epikairopoiisi.com"],
    what="Quishing posing as the company's bank (Alpha Bank): KYC update for the business e-banking with an inline QR code, 'mobile only'.",
    why="Sent from a compromised Greek cPanel host with PHPMailer under the look-alike alphabank-epikoinonia.gr; the QR (real PNG) leads to myalpha-business.gr.kyc-epikairopoiisi.com; banks do not request KYC logins via QR in e-mail; threat to block payroll payments."))

# ---------------------------------------------------------------------------
# A36. Fake hotel RFQ with a link to an abused document-hosting service
# ---------------------------------------------------------------------------
rfq_url = "https://new.express.adobe.com/webpage/Xk3pQ7rT2mLzA"
rfq_txt = """Καλησπέρα σας,

ο όμιλος Aegean Blue Resorts (5 ξενοδοχεία σε Χαλκιδική και Κρήτη, 2.100 κλίνες) προετοιμάζει τη σεζόν 2027 και σας προσκαλεί να υποβάλετε προσφορά για την προμήθεια βαρελίσιας και εμφιαλωμένης μπύρας, αναψυκτικών και εμφιαλωμένου νερού για την περίοδο Απριλίου - Οκτωβρίου 2027.

Οι τεχνικές προδιαγραφές, οι εκτιμώμενες ποσότητες ανά ξενοδοχείο και το έντυπο οικονομικής προσφοράς βρίσκονται στον φάκελο του διαγωνισμού:

[[Προβολή εγγράφων διαγωνισμού (PDF, 4 αρχεία)|%s]]

Για λόγους εμπιστευτικότητας η πρόσβαση στα έγγραφα γίνεται με επιβεβαίωση του εταιρικού σας email.

Προθεσμία υποβολής προσφορών: 18/12/2026.

Με εκτίμηση,
Κατερίνα Μαυρίδου
Υπεύθυνη Προμηθειών F&B
Aegean Blue Resorts
""" % rfq_url
ATTACKS.append(M(
    id="A-el-rfq", lang="el", slug="xenodoxeio-prosklisi-prosforas-link",
    t=utc(2026, 11, 19, 13, 42, 57),
    frm=("Aegean Blue Resorts - Procurement", "procurement.aegeanblueresorts@gmail.com"),
    to=[S["gr_mgr"].nm(native=True)],
    subject="Πρόσκληση υποβολής προσφοράς - F&B σεζόν 2027",
    transport=gmail(host="mail-lf1-f47", ip="209.85.167.47"), mua="gmail", zone="EET",
    body=alt(rfq_txt, html_gmail(rfq_txt), cs="UTF-8", cte="quoted-printable"),
    what="Request for quotation 'from a resort group' for the 2027 season; tender documents behind an Adobe Express page that asks for the corporate e-mail login.",
    why="Fake RFQ lure: a hotel chain's procurement on a Gmail address, documents on an abused free page-builder (Adobe Express) that gates them behind 'confirm your corporate e-mail' – credential phishing; no such resort group in the market."))

# ===========================================================================
# genuine
# ===========================================================================
kr_txt = """Καλημέρα κυρία Γεωργίου,

σας ενημερώνουμε ότι ολοκληρώθηκε η διαβίβαση στο myDATA όλων των παραστατικών Οκτωβρίου της Example Group Hellas.

Στην καρτέλα «Αποκλίσεις» της εφαρμογής εμφανίζονται 3 παραστατικά εξόδων προμηθευτών (ΔΕΗ, Cosmote, ACS) που δεν έχουν ακόμη χαρακτηριστεί. Θα τα χαρακτηρίσουμε εμείς έως την Παρασκευή· δεν χρειάζεται να κάνετε κάτι.

Η δήλωση ΦΠΑ Οκτωβρίου υποβάλλεται την 30/11. Το ποσό πληρωμής θα σας το στείλουμε μαζί με την ταυτότητα οφειλής μέχρι την Τετάρτη.

Να θυμάστε ότι η ΑΑΔΕ δεν στέλνει ποτέ email με σύνδεσμο για είσοδο στο TAXISnet· αν λάβετε τέτοιο μήνυμα, προωθήστε το σε εμάς.

Με εκτίμηση,
Μαρία Καραγιάννη
Λογιστικό Γραφείο Καραγιάννη
Τσιμισκή 88, 546 22 Θεσσαλονίκη - Τηλ. 2310 241 660
"""
BUSINESS.append(M(
    id="B-el-logistis", lang="el", slug="logistis-mydata-diavivasi-oktovriou",
    t=utc(2026, 11, 23, 10, 11, 31),
    frm=("Λογιστικό Γραφείο Καραγιάννη", "info@karagiannis-logistiki.gr"),
    to=[S["gr_acc"].nm(native=True)],
    subject="myDATA Οκτωβρίου - ολοκλήρωση διαβίβασης",
    transport=exim_cpanel("s15.papaki-hosting.gr", "185.138.42.15", "2.86.201.44", zone="+0200"), mua="outlook",
    lang_tag="el-GR", zone="EET", hdr_cs="windows-1253",
    body=outlook_alt(kr_txt, cs="windows-1253", cte="quoted-printable", lang="EL"),
    pairs=["A-el-mydata"],
    pair_note="Same topic (myDATA discrepancies). Genuine: the company's external accountant from her own domain says she will fix them herself and warns that AADE never sends login links; attack: fake AADE notice via Brevo with a TAXISnet login link.",
    what="External accountant confirms the October myDATA submission, explains three uncharacterised supplier documents and the VAT deadline.",
    why="Known accountant domain on Greek shared hosting from a Greek residential IP; no links, no credential or payment request beyond normal tax schedule."))

sd_txt = """Καλημέρα σας,

σας αποστέλλουμε το τιμολόγιο παροχής υπηρεσιών 1188/2026 για τη θέση σε ανάλωση της παρτίδας της 29/10 (e-ΔΗ/ARC 26DEB7T2M9Q4K8V1N6X34, 1 φορτηγό, κεγκ μπύρας 30 l και 50 l).

Ο ΕΦΚ μπύρας (8.412,00 €) καταβλήθηκε από εσάς απευθείας στο Τελωνείο Θεσσαλονίκης μέσω της ταυτότητας οφειλής που σας στείλαμε στις 30/10. Στο τιμολόγιο περιλαμβάνεται μόνο η αμοιβή μας: 280,00 € + ΦΠΑ 24%% = 347,20 €.

Πληρωμή όπως πάντα στον λογαριασμό μας στην Εθνική Τράπεζα:
%s

Για οποιαδήποτε διευκρίνιση είμαι στη διάθεσή σας στο 2310 751 903.

Με εκτίμηση,
Γιώργος Σιδηρόπουλος
Τελωνειακός Αντιπρόσωπος
Σιδηρόπουλος Γ. & ΣΙΑ Ε.Ε.
""" % iban_fmt(ACC["sidiropoulos"])
sd_pdf = pdf([[("Sidiropoulos G. & SIA E.E. - Teloneiakes Ergasies", 13, True), "Limani Thessalonikis - Kalochori", ("", 0, False),
               ("Timologio Parochis Ypiresion 1188/2026", 12, True), "Pelatis: Example Group Hellas M.E.P.E., AFM " + AFM, ("", 0, False),
               "Thesi se analosi partidas 29/10/2026 (ARC 26DEB7T2M9Q4K8V1N6X34)    280,00",
               "FPA 24%                                                             67,20",
               ("Synolo                                                             347,20 EUR", 10, True),
               "Ethniki Trapeza  IBAN " + iban_fmt(ACC["sidiropoulos"])]],
             title="TPY 1188/2026", author="Sidiropoulos", producer="SoftOne", creator="SoftOne",
             created="20261104101200+02'00'")
BUSINESS.append(M(
    id="B-el-customs", lang="el", slug="teloneiakos-timologio-ethniki",
    t=utc(2026, 11, 4, 9, 22, 10),
    frm=("Γιώργος Σιδηρόπουλος", "g.sidiropoulos@sidiropoulos-customs.gr"),
    to=[S["gr_acc"].nm(native=True)],
    subject="Τιμολόγιο 1188/2026 - θέση σε ανάλωση παρτίδας 29/10",
    transport=otenet(client_ip="94.66.57.203"), mua="thunderbird", lang_tag="el", zone="EET", hdr_cs="iso-8859-7",
    body=with_atts(plain(sd_txt, cs="iso-8859-7", cte="8bit"), [pdf_att(sd_pdf, "TPY_1188_2026.pdf")]),
    pairs=["A-el-customs"],
    pair_note="Same broker and the same kind of excise clearance. Genuine: real domain sidiropoulos-customs.gr via OTEnet, excise paid directly to customs by the company, only the fee is invoiced, known NBG account; attack: .com look-alike, excise to be paid to the broker's 'temporary' Eurobank account today.",
    what="Customs broker invoices his fee for the excise release of a beer-keg consignment; excise itself was paid to customs.",
    why="Known broker domain via OTEnet, consistent ARC/e-AD reference, payment to his usual National Bank account, phone offered, text-only PDF."))

kv_txt = """Καλημέρα Δημήτρη,

για την Παρασκευή θα ήθελα:

- 15 κιβώτια Pils 0,5 (επιστρεφόμενες)
- 10 κιβώτια Weizen 0,5
- 6 κιβώτια χωρίς αλκοόλ 0,33
- 4 βαρέλια 20 λίτρα για τον γάμο του Σαββάτου

Τα άδεια κιβώτια (περίπου 30) θα τα έχω έτοιμα στην πίσω πόρτα.

Ευχαριστώ,
Νίκος Αλεξίου
Κάβα Καλαμαριάς
Κομνηνών 41, Καλαμαριά - 2310 448 207
"""
BUSINESS.append(M(
    id="B-el-kava", lang="el", slug="kava-paraggelia-paraskevis-otenet",
    t=utc(2026, 11, 25, 19, 2, 58),
    frm=("Κάβα Καλαμαριάς", "kava.kalamarias@otenet.gr"),
    to=[S["gr_mgr"].nm(native=True)],
    subject="Παραγγελία για Παρασκευή",
    transport=otenet(client_ip="79.107.14.220"), mua="none", zone="EET", hdr_cs="utf-8",
    body=plain(kv_txt, cs="utf-8", cte="quoted-printable"),
    what="Beverage-store customer in Kalamaria orders crates and kegs for Friday via OTEnet.",
    why="Known customer address via OTEnet from a Greek home connection, order in the body, no links or attachments."))

lp_txt = """Καλημέρα Δημήτρη, καλημέρα Thomas,

σας γράφω από το προσωπικό μου email γιατί το εταιρικό laptop έπεσε χθες το βράδυ από το γραφείο και η οθόνη έσπασε (δουλεύει, αλλά δεν βλέπω σχεδόν τίποτα). Το έχω συνδέσει προσωρινά σε εξωτερική οθόνη και μπορώ να δουλέψω, οπότε δεν είναι επείγον.

Thomas, να το στείλω με courier στη Βαμβέργη ή να το πάω σε συνεργείο εδώ στη Θεσσαλονίκη; Ο αριθμός του είναι EG-GR-0042.

Ευχαριστώ,
Ελένη
"""
BUSINESS.append(M(
    id="B-el-laptop", lang="el", slug="syndelfos-laptop-espase-othoni-gmail",
    t=utc(2026, 12, 10, 6, 55, 14),
    frm=("Eleni Georgiou", "eleni.georgiou.thess@gmail.com"),
    to=[S["gr_mgr"].nm(native=True), S["ithead"].nm()],
    subject="Σπασμένη οθόνη στο laptop",
    transport=gmail(host="mail-wm1-f47", ip="209.85.128.47"), mua="gmail", zone="EET",
    body=alt(lp_txt, html_gmail(lp_txt), cs="UTF-8", cte="base64"),
    what="Greek accountant reports from her private Gmail that her company laptop screen is broken and asks IT how to get it repaired.",
    why="Private mail used only to report a hardware problem; no credential, payment or data-change request; consistent asset tag."))

gi_txt = """Αγαπητοί συνάδελφοι,

σας υπενθυμίζω το πρόγραμμα των γιορτών:

- Το γραφείο και η αποθήκη της Σίνδου θα είναι κλειστά 25-26/12 και 1-2/1. Τελευταίες διανομές στους πελάτες: Τετάρτη 23/12.
- Η ετήσια απογραφή αποθήκης (κεγκ, κιβώτια, επιστρεφόμενα) γίνεται την Πέμπτη 31/12 από τις 8:00. Παρακαλώ να είναι όλοι διαθέσιμοι μέχρι το μεσημέρι.
- Οι άδειες του Ιανουαρίου να καταχωριστούν στο σύστημα έως 18/12.

Καλές γιορτές σε όλους!
Δημήτρης

--
%s
""" % sig("gr_mgr", native=True, role="Διευθυντής Γραφείου Ελλάδας")
BUSINESS.append(M(
    id="B-el-internal", lang="el", slug="esoteriko-programma-eorton-apografi",
    t=utc(2026, 12, 7, 9, 15, 0),
    frm=S["gr_mgr"].nm(native=True), to=[("Γραφείο Θεσσαλονίκης", "thessaloniki@example.com")], rcpt=S["gr_acc"].addr,
    subject="Πρόγραμμα εορτών και απογραφή 31/12",
    transport=internal("10.20.70.11"), mua="exchange", internal=True, zone="EET", hdr_cs="windows-1253", lang_tag="el-GR",
    body=alt(gi_txt, html_outlook(gi_txt, lang="EL"), cs="windows-1253", cte="quoted-printable"),
    what="Greek office manager's internal notice: holiday closure, last deliveries and the year-end warehouse inventory.",
    why="Internal message via mail-int01/EXCH01 to the office distribution list; purely organisational, no links or requests."))
