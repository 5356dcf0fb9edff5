"""Genuine business messages, Greek (32-36)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc
from . import infra, ids, qr, pdfdoc, zipc

F = "business"
B = company.BANK
V = company.VAT


def b32():
    seed = "b32"
    t = local("GR", "2026-11-19 11:05:27")
    rcpt = S["gr_acc"]["addr"]
    sender = "n.georgiou@elaiourgiki-messinias.gr"
    ch = infra.postfix_small(seed, t, rcpt, "mail.elaiourgiki-messinias.gr", "185.4.134.77", "94.69.213.40", "ppp-94-69-213-40.home.otenet.gr", "GR",
                             mua="outlook", sender_dom="elaiourgiki-messinias.gr", rdns_server="plesk77.hostingplanet-gr.net")
    mark = "4000019" + h(seed + "mark", 8, DIG)
    plain = dd("""
        Καλημέρα κα Κωνσταντίνου,

        σας αποστέλλουμε συνημμένα το τιμολόγιο πώλησης 1287 για την παράδοση της 18/11 (7.080 kg εξαιρετικό παρθένο ελαιόλαδο, παρτίδα ΕΜ-26/114). Το παραστατικό έχει διαβιβαστεί στο myDATA με ΜΑΡΚ %(mark)s.

        Καθαρή αξία: 34.196,40 €
        ΦΠΑ 13%%: 4.445,53 €
        Σύνολο: 38.641,93 €

        Η εξόφληση, όπως πάντα, στον λογαριασμό μας στην Εθνική Τράπεζα:
        IBAN %(iban)s

        Με εκτίμηση,

        Νίκος Γεωργίου
        Λογιστήριο - Πωλήσεις
        Ελαιουργική Μεσσηνίας Α.Ε.
        Τηλ. 27210 88 431
        """) % {"mark": mark, "iban": ids.fmt_iban(B["elaiourgiki"])}
    pdf = pdfdoc.make_pdf([[
        "# ELAIOURGIKI MESSINIAS S.A.", "Olive oil mill - Kalamata, Messinia - VAT EL" + V["elaiourgiki"], "",
        "## SALES INVOICE No 1287 - 19/11/2026", "myDATA MARK: " + mark, "",
        "Customer: EXAMPLE GROUP HELLAS M.I.K.E., Kalamata - VAT EL" + V["example_gr"], "",
        "Extra virgin olive oil, bulk, lot EM-26/114, delivery 18/11/2026",
        "7,080 kg x 4.83 EUR/kg                               34,196.40 EUR",
        "VAT 13%                                               4,445.53 EUR",
        "TOTAL                                                38,641.93 EUR", "",
        "Payment: bank transfer, National Bank of Greece",
        "IBAN " + ids.fmt_iban(B["elaiourgiki"]) + "   BIC ETHNGRAA"]],
        title="Invoice 1287", producer="SoftOne ERP", created="D:20261119105244+02'00'")
    body = Multi("mixed", [outlook_alt(plain.replace("%%", "%"), bnd("outlook2", seed), cs="iso-8859-7", lang="EL"),
                           Att(pdf, "application/pdf", "TIM_1287.pdf")], bnd("outlook", seed))
    return spec(F, "el", "elaiourgiki-timologio-1287", seed, t, ch,
                frm=addr("Νίκος Γεωργίου", sender, "iso-8859-7", "B"), to=addr("Ελένη Κωνσταντίνου", rcpt, "iso-8859-7", "B"),
                rcpt=rcpt, ret=sender, client_ip="94.69.213.40",
                subject=subj("Τιμολόγιο 1287 - παράδοση ελαιολάδου 18/11", "iso-8859-7", "B"), body=body, zone="GR",
                ibans=[B["elaiourgiki"]], hn=[33],
                hn_note="The invoice that attack 33 tries to redirect; genuine domain and server, usual National Bank of Greece account, myDATA MARK given.",
                what="Greek olive oil mill sends invoice 1287 with its myDATA MARK.",
                why="Genuine elaiourgiki-messinias.gr via its Plesk hosting from the mill's OTEnet line (Outlook), usual Greek bank account in the supplier's name, matching delivery.")


def b33():
    seed = "b33"
    t = local("GR", "2026-12-01 19:42:10")
    rcpt = S["gr_mgr"]["addr"]
    sender = "kdimitriou@otenet.gr"
    ch = infra.otenet(seed, t, rcpt, "79.130.64.201", "adsl-201.79.130.64.otenet.gr")
    plain = dd("""
        Γιώργο καλησπέρα,

        για την Πέμπτη 3/12 είμαι κανονισμένος. Θα είμαι στην αποθήκη σας στις 7:00 το πρωί με τη νταλίκα (ΚΜΗ 4127), χωράει έως 33 παλέτες.

        Θα φορτώσω τις 18 παλέτες για Πάτρα (Καραγιάννης) και τις 3 για τα Σπάτα. Στείλε μου αύριο τα δελτία αποστολής να τα έχω έτοιμα, και αν αλλάξει κάτι πάρε με στο κινητό 6944 318 207.

        Την πληρωμή για τον Νοέμβριο την είδα, ευχαριστώ.

        Κώστας Δημητρίου
        Μεταφορές Δημητρίου - Μεσσήνη
        """)
    body = outlook_alt(plain, bnd("outlook2", seed), cs="windows-1253", lang="EL")
    return spec(F, "el", "metafores-fortosi-otenet", seed, t, ch,
                frm=addr("Κώστας Δημητρίου", sender, "windows-1253", "B"), to=addr("Γιώργος Παπαδόπουλος", rcpt, "windows-1253", "B"),
                rcpt=rcpt, ret=sender, subject=subj("Φόρτωση Πέμπτη 3/12", "windows-1253", "B"), body=body, zone="GR",
                what="Small haulier on consumer mail confirms a loading slot.",
                why="Known one-man carrier using his usual otenet.gr mailbox from a Greek home line, operational content only, no link or payment request.")


def b34():
    seed = "b34"
    t = local("GR", "2026-11-09 08:55:31")
    rcpt = S["gr_acc"]["addr"]
    ch = infra.internal(seed, t, sender_ip="10.34.1.21", mbx="EXMBX01", rcpt=rcpt,
                        topic="Έλεγχος ΕΦΕΤ την Πέμπτη 12/11 - προετοιμασία φακέλων", lang="el-GR")
    plain = dd("""
        Καλημέρα Ελένη,

        μας ενημέρωσαν τηλεφωνικά από την Περιφερειακή Διεύθυνση ΕΦΕΤ Πελοποννήσου ότι την Πέμπτη 12/11 στις 10:00 θα έρθουν για τακτικό έλεγχο στην αποθήκη και θα πάρουν δείγματα από τις εμφιαλωμένες παρτίδες.

        Ετοίμασε σε παρακαλώ μέχρι την Τετάρτη:
        - τιμολόγια αγοράς ελαιολάδου από 1/10 και τα αντίστοιχα δελτία αποστολής,
        - το αρχείο ιχνηλασιμότητας των παρτίδων L26-27x και L26-28x,
        - τις αναλύσεις του εργαστηρίου για τις ίδιες παρτίδες.

        Η κα Neumann από το Mannheim είναι σε κοινοποίηση για το σύστημα ποιότητας και θα είναι διαθέσιμη στο Teams την Πέμπτη.

        Υπενθύμιση: ό,τι έγγραφο ή αποτέλεσμα στείλει ο ΕΦΕΤ θα έρθει με επίσημο έγγραφο και αριθμό πρωτοκόλλου, όχι με σύνδεσμο σε email.

        Ευχαριστώ,
        Γιώργος
        """)
    body = outlook_alt(plain, bnd("exchange", seed), cs="utf-8", cte="base64", lang="EL")
    return spec(F, "el", "efet-elegxos-proetoimasia-esoteriko", seed, t, ch,
                frm=addr("Παπαδόπουλος, Γιώργος", S["gr_mgr"]["addr"], "utf-8", "B"),
                to=addr("Κωνσταντίνου, Ελένη", rcpt, "utf-8", "B"), cc=addr("Neumann, Heike", S["qm"]["addr"], quote_always=True),
                rcpt=rcpt, ret=S["gr_mgr"]["addr"],
                subject=subj("Έλεγχος ΕΦΕΤ την Πέμπτη 12/11 - προετοιμασία φακέλων", "utf-8", "B"), body=body, zone="GR", internal=True, hn=[34],
                hn_note="Same regulator and topic (EFET sampling of olive oil) as attack 34; internal, no link, states that EFET findings arrive as official letters.",
                what="Greek office manager prepares the accountant for an announced EFET food-safety inspection.",
                why="Internal route (Exchange, mail-int01), colleague-to-colleague preparation list, no link or credential request.")


def b35():
    seed = "b35"
    t = local("GR", "2026-11-18 12:37:44")
    rcpt = S["gr_mgr"]["addr"]
    sender = "m.antoniou@karagiannis-sm.gr"
    ch = infra.m365(seed, t, rcpt, mbx="VI1PR07MB6248", region="eurprd07", relay=("EUR05-VI1-obe", "mail-vi1eur05on2119", "40.107.21.119"),
                    hub="AM8PR07MB7583", org="karagiannis-sm.gr", topic="Αίτημα προσφοράς - ελαιόλαδο ιδιωτικής ετικέτας 2027",
                    lang="el-GR", has_attach=True)
    plain = dd("""
        Καλησπέρα κ. Παπαδόπουλε,

        όπως συζητήσαμε στην έκθεση στην Πάτρα, σας στέλνουμε το αίτημα προσφοράς για το εξαιρετικό παρθένο ελαιόλαδο ιδιωτικής ετικέτας για το 2027:

        - φιάλη 1 lt: περίπου 48.000 τεμάχια/έτος
        - δοχείο 5 lt: περίπου 9.000 τεμάχια/έτος
        - παραδόσεις ανά 6 εβδομάδες στο κέντρο διανομής μας στην Πάτρα

        Οι αναλυτικές προδιαγραφές (ποιοτικά χαρακτηριστικά, συσκευασία, παλετοποίηση) είναι στο συνημμένο PDF. Θα θέλαμε την προσφορά σας έως τις 11/12.

        Με εκτίμηση,

        Μαρία Αντωνίου
        Υπεύθυνη Αγορών Τροφίμων
        Σούπερ Μάρκετ Αφοί Καραγιάννη Α.Ε.
        Τηλ. 2610 455 120
        """)
    pdf = pdfdoc.make_pdf([[
        "# Karagiannis Bros Supermarkets S.A. - Private label specification", "Product: Extra virgin olive oil, Greek origin, 2027", "",
        "Acidity: max. 0.4 % (oleic); peroxide value max. 12 meq O2/kg; K232 max. 2.30; K270 max. 0.20",
        "Fatty acid ethyl esters: max. 30 mg/kg (Reg. (EU) 2022/2104)", "Organoleptic: median fruitiness > 2, defects = 0",
        "", "## Packaging", "1 lt dark glass bottle (Marasca), tamper-evident cap; 12 per carton",
        "5 lt tin with pourer; 4 per carton", "Pallet: EUR, max. 1.60 m, stretch-wrapped, 1 lot per pallet", "",
        "## Logistics", "Delivery every 6 weeks to DC Patras; lead time 10 working days", "Payment terms: 90 days"]],
        title="PL EVOO spec 2027", producer="Microsoft Word for Microsoft 365", created="D:20261118113012+02'00'")
    body = Multi("mixed", [outlook_alt(plain, bnd("m365", seed, "VI1PR07MB6248"), cs="iso-8859-7", cte="base64", lang="EL"),
                           Att(pdf, "application/pdf", "Prodiagrafes_PL_EVOO_2027.pdf", size=True)], bnd("m365att", seed, "VI1PR07MB6248"))
    return spec(F, "el", "souper-market-aitima-prosforas", seed, t, ch,
                frm=addr("Μαρία Αντωνίου", sender, "iso-8859-7", "B"), to=addr("Γιώργος Παπαδόπουλος", rcpt, "iso-8859-7", "B"),
                rcpt=rcpt, ret=sender, subject=subj("Αίτημα προσφοράς - ελαιόλαδο ιδιωτικής ετικέτας 2027", "iso-8859-7", "B"),
                body=body, zone="GR", hn=[35],
                hn_note="Same topic as attack 35 (request for quotation for EVOO); genuine known buyer on her company's tenant, readable PDF specification, no password.",
                what="Supermarket chain's buyer sends a request for quotation with a PDF specification.",
                why="Known customer contact from the chain's own Microsoft 365 tenant, follows up a meeting, readable text PDF, realistic volumes and deadline.")


def b36():
    seed = "b36"
    t = local("GR", "2026-10-22 15:48:09")
    rcpt = S["gr_mgr"]["addr"]
    ch = infra.internal(seed, t, sender_ip="10.34.1.35", mbx="EXMBX02", rcpt=rcpt,
                        topic="myDATA Σεπτεμβρίου - ολοκληρώθηκε η συμφωνία", lang="el-GR")
    plain = dd("""
        Γιώργο,

        ολοκλήρωσα τη συμφωνία των παραστατικών Σεπτεμβρίου στο myDATA. Όλα τα τιμολόγια πώλησης έχουν ΜΑΡΚ και οι χαρακτηρισμοί εξόδων έχουν περαστεί.

        Εκκρεμούν δύο μικροπράγματα:
        1. το τιμολόγιο 1244 της Ελαιουργικής το χαρακτηρίζω αύριο, μόλις μου στείλουν το διορθωμένο δελτίο αποστολής,
        2. ένα παραστατικό της Cosmote ήρθε με λάθος ΑΦΜ, τους ζήτησα πιστωτικό.

        Επίσης: την Τρίτη ήρθε ένα ψεύτικο email "από την ΑΑΔΕ" ότι δήθεν βρέθηκαν αποκλίσεις στο myDATA, με σύνδεσμο για κωδικούς TAXISnet. Δεν πάτησα τίποτα και το προώθησα στο IT. Η ΑΑΔΕ δεν στέλνει τέτοια μηνύματα με συνδέσμους.

        Ελένη
        """)
    body = outlook_alt(plain, bnd("exchange", seed), cs="windows-1253", lang="EL")
    return spec(F, "el", "mydata-symfonia-esoteriko", seed, t, ch,
                frm=addr("Κωνσταντίνου, Ελένη", S["gr_acc"]["addr"], "windows-1253", "B"),
                to=addr("Παπαδόπουλος, Γιώργος", rcpt, "windows-1253", "B"), rcpt=rcpt, ret=S["gr_acc"]["addr"],
                subject=subj("myDATA Σεπτεμβρίου - ολοκληρώθηκε η συμφωνία", "windows-1253", "B"), body=body, zone="GR", internal=True, hn=[32],
                hn_note="Same topic as attack 32 (myDATA discrepancies); internal status report that even mentions the fake AADE mail.",
                what="Greek accountant reports the monthly myDATA reconciliation to the office manager.",
                why="Internal route (Exchange, mail-int01), colleague-to-colleague status, no links, attachments or requests.")


def messages():
    return [b32(), b33(), b34(), b35(), b36()]
