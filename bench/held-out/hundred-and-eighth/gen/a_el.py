"""Attack messages, Greek (32-36)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc
from . import infra, ids, qr, pdfdoc, zipc

F = "attack"
AFM = company.VAT["example_gr"]


def a32():
    seed = "a32"
    t = local("GR", "2026-10-20 10:18:45")
    rcpt = S["gr_acc"]["addr"]
    mg = "mg.aade-mydata.gr"
    ch = infra.mailgun(seed, t, rcpt, mg, ip="159.135.228.44")
    link = "https://www1.aade-mydata.gr/taxisnet/mydata/login?afm=%s&t=%s" % (AFM, h(seed + "t", 20, HEX))
    plain = dd("""
        Αξιότιμε/η φορολογούμενε,

        κατά την αυτοματοποιημένη διασταύρωση των δεδομένων της ψηφιακής πλατφόρμας myDATA εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων που διαβιβάσατε για το διάστημα Ιουλίου - Σεπτεμβρίου 2026 και των αντίστοιχων χαρακτηρισμών εξόδων των αντισυμβαλλομένων σας.

        ΑΦΜ: %(afm)s
        Επωνυμία: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.
        Πλήθος παραστατικών με απόκλιση: 17
        Συνολική αξία αποκλίσεων: 48.312,60 €

        Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet της επιχείρησης και να προβείτε σε διόρθωση ή αιτιολόγηση των αποκλίσεων εντός πέντε (5) εργάσιμων ημερών. Σε διαφορετική περίπτωση θα εκδοθεί πράξη επιβολής προστίμου σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022).

        Είσοδος στο myDATA: %(link)s

        Ανεξάρτητη Αρχή Δημοσίων Εσόδων
        Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
        """) % {"afm": AFM, "link": link}
    paras_ = [
        "Αξιότιμε/η φορολογούμενε,",
        "κατά την αυτοματοποιημένη διασταύρωση των δεδομένων της ψηφιακής πλατφόρμας <b>myDATA</b> εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων που διαβιβάσατε για το διάστημα Ιουλίου &ndash; Σεπτεμβρίου 2026 και των αντίστοιχων χαρακτηρισμών εξόδων των αντισυμβαλλομένων σας.",
        "ΑΦΜ: <b>%s</b><br>Επωνυμία: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.<br>Πλήθος παραστατικών με απόκλιση: <b>17</b><br>Συνολική αξία αποκλίσεων: <b>48.312,60 &euro;</b>" % AFM,
        "Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet της επιχείρησης και να προβείτε σε διόρθωση ή αιτιολόγηση των αποκλίσεων <b>εντός πέντε (5) εργάσιμων ημερών</b>. Σε διαφορετική περίπτωση θα εκδοθεί πράξη επιβολής προστίμου σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022).",
    ]
    htm = fill_cs(button_mail("el", "#003476", "ΑΑΔΕ &middot; <span style=\"font-weight:400\">myDATA</span>", "Ειδοποίηση απόκλισης παραστατικών",
                              paras_, "Είσοδος με κωδικούς TAXISnet", link,
                              "Ανεξάρτητη Αρχή Δημοσίων Εσόδων &middot; Καρ. Σερβίας 10, 10184 Αθήνα<br>Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε."), "utf-8")
    body = alt(plain, htm, bnd("mailgun", seed), "utf-8", "quoted-printable")
    return spec(F, "el", "aade-mydata-apokliseis-phishing", seed, t, ch,
                frm=addr("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata.gr", "utf-8", "B"), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject=subj("myDATA: Εντοπίστηκαν αποκλίσεις στα διαβιβασθέντα παραστατικά", "utf-8", "B"),
                body=body, zone="GR",
                what="Tax-office / e-invoicing phishing: 'AADE myDATA' reports discrepancies in transmitted invoices and threatens a fine; asks to log in with TAXISnet.",
                why="Look-alike domain aade-mydata.gr (AADE uses aade.gr / gsis.gr) sent via Mailgun; TAXISnet credential harvesting link, five-day fine threat; AADE does not send such discrepancy notices with login links (compare internal business/36).")


def a33():
    seed = "a33"
    t = local("GR", "2026-11-24 09:36:12")
    rcpt = S["gr_acc"]["addr"]
    sender = "n.georgiou@elaiourgiki-messinia.gr"
    ch = infra.vps(seed, t, rcpt, "mail.elaiourgiki-messinia.gr", "94.156.64.117", "94-156-64-117.hostkey.nl", "elaiourgiki-messinia.gr", "GR", mua="outlook")
    iban = ids.cy_iban("018", "00001", "0000000200341876")
    plain = dd("""
        Καλημέρα σας κυρία Κωνσταντίνου,

        σας ενημερώνουμε ότι λόγω ελέγχου συμμόρφωσης (KYC) που διενεργεί η Εθνική Τράπεζα στους επαγγελματικούς μας λογαριασμούς, οι εισπράξεις της εταιρείας μας μεταφέρονται προσωρινά σε λογαριασμό της θυγατρικής μας στην Κύπρο.

        Παρακαλούμε την εξόφληση του τιμολογίου 1287 (38.641,93 €) να την πραγματοποιήσετε στον παρακάτω λογαριασμό:

        Δικαιούχος: ELAIOURGIKI MESSINIAS TRADING LTD
        Τράπεζα: Eurobank Cyprus Ltd
        IBAN: %(iban)s
        BIC: ERBKCY2N

        Μόλις ολοκληρωθεί ο έλεγχος θα σας ενημερώσουμε για την επιστροφή στον κανονικό λογαριασμό. Παρακαλώ επιβεβαιώστε μου με email την αλλαγή στα στοιχεία του προμηθευτή, γιατί το τηλέφωνο του γραφείου έχει πρόβλημα αυτές τις μέρες.

        Ευχαριστώ πολύ,

        Νίκος Γεωργίου
        Λογιστήριο - Πωλήσεις
        Ελαιουργική Μεσσηνίας Α.Ε.
        """) % {"iban": ids.fmt_iban(iban)}
    body = outlook_alt(plain, bnd("outlook2", seed), cs="windows-1253", lang="EL")
    return spec(F, "el", "elaiourgiki-allagi-logariasmou-lookalike", seed, t, ch,
                frm=addr("Νίκος Γεωργίου", sender, "windows-1253", "B"), to=addr("Ελένη Κωνσταντίνου", rcpt, "windows-1253", "B"),
                cc=addr("Γιώργος Παπαδόπουλος", S["gr_mgr"]["addr"], "windows-1253", "B"),
                rcpt=rcpt, ret=sender, client_ip="185.213.155.71",
                subject=subj("Αλλαγή τραπεζικού λογαριασμού - εξόφληση τιμολογίου 1287", "windows-1253", "B"),
                body=body, zone="GR", ibans=[iban],
                what="Supplier bank-detail change: look-alike of the Greek olive oil mill asks to pay invoice 1287 to a 'temporary' Cyprus account of a 'subsidiary'.",
                why="Domain elaiourgiki-messinia.gr (genuine: elaiourgiki-messinias.gr) on a HostKey VPS; account holder differs from the supplier, foreign bank, 'temporary' pretext, phone 'broken', e-mail-only confirmation – supplier BEC (compare genuine invoice business/32).")


def a34():
    seed = "a34"
    t = local("GR", "2026-11-05 13:22:30")
    rcpt = S["gr_mgr"]["addr"]
    ch = infra.ses(seed, t, rcpt, region="eu-south-1", ip="23.251.242.19")
    ch["peer"] = ("e242-19.smtp-out.eu-south-1.amazonses.com", "e242-19.smtp-out.eu-south-1.amazonses.com", "23.251.242.19")
    link = "https://efet-elegxoi.gr/eggrafa/41873-2026?r=" + b64url(rcpt)
    plain = dd("""
        Προς: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε., Καλαμάτα

        Σας ενημερώνουμε ότι το δείγμα ελαιολάδου που ελήφθη από την Περιφερειακή Διεύθυνση ΕΦΕΤ Πελοποννήσου στις 22/10/2026 από σημείο λιανικής πώλησης (παρτίδα L26-284, «Εξαιρετικό παρθένο ελαιόλαδο», φιάλη 1 l) κρίθηκε μη κανονικό ως προς τα οργανοληπτικά χαρακτηριστικά και την περιεκτικότητα σε αιθυλεστέρες λιπαρών οξέων (κατ' εξουσιοδότηση Κανονισμός (ΕΕ) 2022/2104).

        Η έκθεση εργαστηριακής ανάλυσης και η κλήση σε ακρόαση είναι διαθέσιμες στην ηλεκτρονική θυρίδα της επιχείρησης. Έχετε δικαίωμα να ζητήσετε ανάλυση αντιδείγματος εντός δέκα (10) ημερών από την παρούσα ενημέρωση. Μετά την πάροδο της προθεσμίας θα επιβληθούν οι κυρώσεις που προβλέπονται και η παρτίδα θα αποσυρθεί από την αγορά.

        Προβολή εγγράφων (απαιτείται σύνδεση με τον εταιρικό λογαριασμό email):
        %(link)s

        Ενιαίος Φορέας Ελέγχου Τροφίμων
        Περιφερειακή Διεύθυνση Πελοποννήσου
        Αρ. Πρωτ. 41873/2026
        """) % {"link": link}
    htm = fill_cs(html_simple(plain.replace(link, "__LINKTOKEN__"), "Arial, sans-serif", "10.5pt"), "iso-8859-7")
    htm = htm.replace("__LINKTOKEN__", '<a href="%s">Προβολή εγγράφων</a>' % esc(link))
    body = alt(plain, htm, bnd("ses", seed), "iso-8859-7", "quoted-printable")
    return spec(F, "el", "efet-deigmatolipsia-elaiolado-regulator", seed, t, ch,
                frm=addr("ΕΦΕΤ - Ενιαίος Φορέας Ελέγχου Τροφίμων", "noreply@efet-elegxoi.gr", "iso-8859-7", "B"), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject=subj("ΕΦΕΤ: Αποτελέσματα ανάλυσης δείγματος ελαιολάδου - μη κανονικό (Αρ. Πρωτ. 41873/2026)", "iso-8859-7", "B"),
                body=body, zone="GR",
                what="Regulator-themed phishing tailored to the trade: the Greek food authority EFET 'reports a non-compliant olive oil sample' and links to the lab report.",
                why="Look-alike domain efet-elegxoi.gr (EFET uses efet.gr) via Amazon SES; the link asks to sign in with the corporate e-mail account to see 'documents' – credential phishing exploiting a plausible compliance scare; official findings are served formally, not via a login link (compare internal business/34).")


def a35():
    seed = "a35"
    t = local("GR", "2026-11-16 17:48:03")
    rcpt = S["gr_mgr"]["addr"]
    sender = "olympiafoods.prom@outlook.com"
    ch = infra.m365(seed, t, rcpt, mbx="PR3P193MB0917", region="EURP193", relay=("EUR05-VI1-obe", "mail-vi1eur05olkn2018", "40.92.90.18"),
                    hub="DB9P193MB1461", org=None, topic="Αίτημα προσφοράς – RFQ-1127", lang="el-GR", has_attach=True)
    ch["extra"] = [(k, "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if k == "X-MS-Exchange-CrossTenant-id" else v) for k, v in ch["extra"] if k not in ("X-OriginatorOrg", "msip_labels")]
    plain = dd("""
        Καλησπέρα σας,

        είμαστε εταιρεία εμπορίας τροφίμων με έδρα την Αθήνα και εξαγωγές σε Κύπρο και Μέση Ανατολή. Ενδιαφερόμαστε για την προμήθεια 20 τόνων εξαιρετικού παρθένου ελαιολάδου (οξύτητα έως 0,3%) σε συσκευασίες 1 lt και 5 lt για το πρώτο τρίμηνο του 2027.

        Οι προδιαγραφές, οι ποσότητες ανά συσκευασία και οι όροι παράδοσης βρίσκονται στο συνημμένο αρχείο. Για λόγους εμπιστευτικότητας το αρχείο είναι κλειδωμένο - κωδικός: RFQ1127

        Παρακαλούμε για την προσφορά σας έως την Παρασκευή 20/11.

        Με εκτίμηση,
        Δημήτρης Αλεξίου
        Τμήμα Προμηθειών
        Olympia Foods Trading
        """)
    inner = "RFQ-1127_Προδιαγραφές.pdf.exe"
    z = zipc.make_zip([(inner, placeholder("RFQ-1127_Prodiagrafes.pdf.exe"))], password=b"RFQ1127", seed=35, dt=(2026, 11, 16, 17, 40, 12))
    htm = fill_cs(dd("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=%(cs)s"></head>
        <body><div dir="ltr">
        """) + "".join("<div style=\"font-family:Aptos,Aptos_EmbeddedFont,Calibri,Helvetica,sans-serif;font-size:12pt;\">%s</div>\n" % (esc(l) if l else "<br>") for l in plain.rstrip().split("\n")) + "</div></body></html>\n", "utf-8")
    body = Multi("mixed", [Multi("alternative", [Text(plain, "plain", "utf-8", "base64"), Text(htm, "html", "utf-8", "base64")], bnd("m365", seed, "PR3P193MB0917")),
                           Att(z, "application/x-zip-compressed", "RFQ-1127_Prodiagrafes.zip", size=True)], bnd("m365att", seed, "PR3P193MB0917"))
    return spec(F, "el", "rfq-elaiolado-zip-kodikos", seed, t, ch,
                frm=addr("Olympia Foods Trading - Προμήθειες", sender, "utf-8", "B"), to=rcpt, rcpt=rcpt, ret=sender,
                subject=subj("Αίτημα προσφοράς – Εξαιρετικό παρθένο ελαιόλαδο 20 τόνοι (RFQ-1127)", "utf-8", "B"),
                body=body, zone="GR", zip_pwd="RFQ1127",
                what="Fake request for quotation from a freemail 'food trader' with a password-protected ZIP 'specifications'.",
                why="Unknown buyer on outlook.com, encrypted archive (password in the body to evade scanning) containing an executable disguised as PDF (…pdf.exe) – RFQ-themed malware delivery; genuine RFQs come with a readable PDF from a known customer (business/35).")


def a36():
    seed = "a36"
    t = local("GR", "2026-12-08 09:11:37")
    rcpt = S["gr_acc"]["addr"]
    sender = "giorgos.papadopoulos@exarnple.com"
    ch = infra.vps(seed, t, rcpt, "mail.exarnple.com", "45.153.34.212", "vm2411873.stark-industries.solutions", "exarnple.com", "GR")
    plain = dd("""
        Ελένη καλημέρα,

        είσαι στο γραφείο; Πρέπει να τακτοποιήσουμε σήμερα μια πληρωμή σε νέο προμηθευτή για την παρτίδα από τη Λακωνία, πριν κλείσουν οι τράπεζες. Είμαι σε σύσκεψη όλο το πρωί και δεν μπορώ να μιλήσω.

        Στείλε μου το κινητό σου να σου γράψω στο WhatsApp τις λεπτομέρειες. Μην το συζητήσεις προς το παρόν με κανέναν, θα σου εξηγήσω.

        Γιώργος
        """)
    body = Text(plain, "plain", "UTF-8", "8bit", flowed=True)
    return spec(F, "el", "bec-manager-whatsapp-lookalike", seed, t, ch,
                frm=addr("Γιώργος Παπαδόπουλος", sender, "UTF-8", "B"), to=rcpt, rcpt=rcpt, ret=sender,
                subject=subj("Επείγον - πληρωμή σήμερα", "UTF-8", "B"), body=body, zone="GR",
                what="BEC opener impersonating the Greek office manager: urgent payment to a 'new supplier', asks for the accountant's mobile number to move to WhatsApp.",
                why="Look-alike domain exarnple.com ('rn' instead of 'm') on a bullet-proof-hosting VPS; urgency, secrecy, unreachable by phone, shift to WhatsApp – CEO/manager fraud opener.")


def messages():
    return [a32(), a33(), a34(), a35(), a36()]
