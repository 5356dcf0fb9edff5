"""Greek business messages (32-36)."""
from common import *  # noqa: F401,F403


def b32():
    t = util.local("EET", 2026, 11, 13, 12, 40, 17)
    body = D("""
        Καλημέρα Δημήτρη,

        Ολοκλήρωσα τη συμφωνία των διαβιβάσεων στο myDATA για το γ΄ τρίμηνο. Βρήκα δύο αποκλίσεις: δύο τιμολόγια της Σπανός Μεταφορικής (ΤΠΥ 2026/3902 και 2026/3988) δεν είχαν χαρακτηριστεί από εμάς ως έξοδα. Τα χαρακτήρισα σήμερα, οπότε δεν τίθεται θέμα προστίμου. Σου επισυνάπτω τη συγκεντρωτική κατάσταση.

        Να ξέρεις επίσης ότι κυκλοφορούν ψεύτικα email «από την ΑΑΔΕ» για δήθεν πρόστιμα myDATA, με συνδέσμους για σύνδεση με τους κωδικούς TAXISnet. Η ΑΑΔΕ δεν στέλνει τέτοιους συνδέσμους. Αν σας έρθει κάτι παρόμοιο, μην το ανοίξετε και προώθησέ το σε μένα.

        Καλό Σαββατοκύριακο,
        Κατερίνα

        Κατερίνα Αλεξίου
        Λογίστρια – Φοροτεχνικός Α΄ τάξης
        Λογιστικό Γραφείο Αλεξίου
        Λεωφ. Αλεξάνδρας 44, 114 73 Αθήνα
        Τηλ. 210 64 38 221
        """)
    summ = D("""
        # Συμφωνία διαβιβάσεων myDATA - γ΄ τρίμηνο 2026
        EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε. - Α.Φ.Μ. %s

        Κατηγορία                        Διαβιβασμένα    Αντισυμβαλλόμενοι    Απόκλιση
        Έσοδα (πωλήσεις χονδρικής)       412.806,40      412.806,40            0,00
        Έσοδα (λιανική)                  188.233,10      188.233,10            0,00
        Έξοδα (μεταφορικά)                18.412,00       21.118,00        -2.706,00  (διορθώθηκε 13/11)

        Διορθώσεις: ΤΠΥ 2026/3902, ΤΠΥ 2026/3988 - χαρακτηρισμός εξόδων 13/11/2026
        Λογιστικό Γραφείο Αλεξίου
        """) % VAT["eg_gr"]
    return Msg("32-el-logistis-mydata-symfonia", "business",
               C("logistis"), [S("karalis")],
               "myDATA γ΄ τριμήνου 2026 – συμφωνία διαβιβάσεων",
               ("EET", 2026, 11, 13, 12, 40, 17),
               ("postfix", dict(host="mail.alexiou-logistiki.gr", ip="185.138.42.16", rdns="mail.alexiou-logistiki.gr",
                                client=("LOGISTIRIO-PC", "athe-ppp-87-203.home.otenet.gr", "94.66.87.203"), mua="outlook")),
               mixed(alt(text(body, "windows-1253", "quoted-printable"),
                         html(html_outlook(body, "windows-1253", "EL"), "windows-1253", "quoted-printable")),
                     pdf_att(summ, "myDATA_G_trimino_2026.pdf", title="myDATA γ' τρίμηνο", creator="Microsoft® Excel 2019",
                             producer="Microsoft® Excel 2019", t=t, zone="EET", font="Arial")),
               name_cs="windows-1253", name_enc="Q",
               what="The external accountant reports the myDATA reconciliation for Q3 and warns about fake AADE e-mails.",
               why="Genuine: accountant's own domain and office line, expected quarterly work, PDF summary; no login link.",
               pairs=[("32-el-aade-mydata-prostimo.eml", "same myDATA discrepancy topic; genuine mail from the known accountant, no TAXISnet login")])


def b33():
    body = D("""
        Καλησπέρα σας κυρία Παπαδοπούλου,

        Όπως συζητήσαμε στο τηλέφωνο, σας στέλνω την παραγγελία μας για τα Χριστούγεννα:

        - 10 κλασικές κιθάρες Valencia C-40
        - 4 κλασικές κιθάρες Valencia C-60
        - 2 ψηφιακά πιάνα EP-88 με βάση
        - 30 σετ χορδές κλασικής κιθάρας (normal tension)
        - 12 σπουδαστικά βιολιά 4/4 με θήκη

        Θα θέλαμε η παράδοση να γίνει μέσω Σπανός Μεταφορικής έως τις 27 Νοεμβρίου, αν είναι εφικτό. Η πληρωμή όπως πάντα, με έμβασμα στις 60 ημέρες.

        Ευχαριστώ πολύ,
        Γιώργος Νικολάου
        Μουσικός Οίκος Αρμονία
        Τσιμισκή 112, 546 22 Θεσσαλονίκη
        Τηλ. 2310 26 48 19
        """)
    return Msg("33-el-armonia-paraggelia-christougenna", "business",
               C("armonia"), [S("papadopoulou")],
               "Παραγγελία Χριστουγέννων - Μουσικός Οίκος Αρμονία",
               ("EET", 2026, 11, 3, 13, 15, 55), ("otenet", dict(client_ip="79.130.14.92")),
               alt(text(body, "iso-8859-7", "quoted-printable"),
                   html(html_outlook(body, "iso-8859-7", "EL"), "iso-8859-7", "quoted-printable")),
               name_cs="iso-8859-7", name_enc="Q",
               what="A Thessaloniki music shop sends its Christmas order to the Athens office.",
               why="Genuine: long-standing customer's usual OTEnet address and Outlook client, order follows a phone call, no attachment or link.",
               pairs=[("34-el-odeio-paraggelia-html.eml", "instrument order to the same recipient; genuine order is in the body, the attack hides a login form in an HTML attachment")])


def b34():
    t = util.local("EET", 2026, 11, 30, 18, 5, 2)
    body = D("""
        Αξιότιμοι κύριοι,

        Σας αποστέλλουμε το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 2026/4471 για τις μεταφορές του Νοεμβρίου 2026.

        Αξία: 1.850,00 €
        ΦΠΑ 24%%: 444,00 €
        Σύνολο: 2.294,00 €
        ΜΑΡΚ myDATA: 400001951237614

        Πληρωμή σε 30 ημέρες στον λογαριασμό μας στην Τράπεζα Πειραιώς (IBAN %s).

        Με εκτίμηση,
        Λογιστήριο
        Σπανός Μεταφορική Α.Ε.
        Λεωφ. ΝΑΤΟ 88, 193 00 Ασπρόπυργος
        Α.Φ.Μ. %s
        """) % (fi(BANK["spanos"]), VAT["spanos"])
    inv = D("""
        # ΣΠΑΝΟΣ ΜΕΤΑΦΟΡΙΚΗ Α.Ε.
        Οδικές εμπορευματικές μεταφορές - Λεωφ. ΝΑΤΟ 88, 193 00 Ασπρόπυργος - Α.Φ.Μ. %s

        ## ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ ΤΠΥ 2026/4471          Ημερομηνία: 30/11/2026
        Πελάτης: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε., Λεωφ. Συγγρού 112, 117 41 Αθήνα, Α.Φ.Μ. %s

        Περιγραφή                                                  Ποσότητα      Τιμή       Αξία
        Μεταφορά παλετών Αθήνα - Θεσσαλονίκη                              6      180,00    1.080,00
        Διανομή καταστημάτων Αττικής                                      7      110,00      770,00

        Καθαρή αξία: 1.850,00     ΦΠΑ 24%%: 444,00     ## Σύνολο: 2.294,00 €
        ΜΑΡΚ: 400001951237614
        Πληρωμή: Τράπεζα Πειραιώς, IBAN %s
        """) % (VAT["spanos"], VAT["eg_gr"], fi(BANK["spanos"]))
    return Msg("34-el-spanos-timologio-tpy-4471", "business",
               C("spanos"), [S("karalis")],
               "Τιμολόγιο ΤΠΥ 2026/4471 - Σπανός Μεταφορική Α.Ε.",
               ("EET", 2026, 11, 30, 18, 5, 2),
               ("postfix", dict(host="mail.spanos-metafores.gr", ip="62.103.47.220", rdns="mail.spanos-metafores.gr",
                                client=("erp.spanos.local", "ppp-62-103-47-221.dsl.forthnet.gr", "62.103.47.221"),
                                mua="erp", auth=True)),
               mixed(text(body, "iso-8859-7", "base64"),
                     pdf_att(inv, "TPY_2026_4471.pdf", title="ΤΠΥ 2026/4471", creator="SoftOne ERP", producer="SoftOne ERP",
                             t=t, zone="EET", font="Arial")),
               name_cs="iso-8859-7", name_enc="B",
               what="Greek carrier's monthly service invoice with myDATA MARK and PDF.",
               why="Genuine: carrier's own domain and ERP sender, invoice registered in myDATA (MARK), payment to the usual Piraeus Bank account.")


def b35():
    body = D("""
        Καλημέρα σε όλους,

        Σας ενημερώνω για το εορταστικό ωράριο του καταστήματος και του γραφείου:

        - Δευτέρα 21/12 έως Τετάρτη 23/12: 09:00 – 21:00
        - Πέμπτη 24/12: 09:00 – 18:00
        - Παρασκευή 25/12 και Σάββατο 26/12: κλειστά
        - Πέμπτη 31/12: 09:00 – 15:00
        - Παρασκευή 1/1 και Σάββατο 2/1: κλειστά

        Η ετήσια απογραφή θα γίνει την Πέμπτη 31/12 από τις 15:00 και παρακαλώ να είστε όλοι παρόντες. Ο Δημήτρης θα στείλει τα φύλλα απογραφής έως τις 28/12.

        Καλές γιορτές σε όλους!
        Ελένη

        Ελένη Παπαδοπούλου
        Διευθύντρια Καταστήματος & Γραφείου Αθήνας
        Example Group Hellas Ι.Κ.Ε.
        """)
    return Msg("35-el-orario-eorton-apografi-eswteriko", "business",
               S("papadopoulou"), [("Γραφείο Αθήνας", "office.athens@examplegroup.eu")],
               "Ωράριο εορτών και απογραφή 31/12",
               ("EET", 2026, 12, 15, 9, 30, 44),
               ("exchange_internal", dict(client_ip="10.20.60.14", lang="el-GR")),
               alt(text(body, "windows-1253", "quoted-printable"),
                   html(html_outlook(body, "windows-1253", "EL"), "windows-1253", "quoted-printable")),
               rcpt=S("karalis")[1], name_cs="windows-1253", name_enc="Q",
               what="Internal notice from the Athens office manager: holiday opening hours and year-end inventory.",
               why="Genuine: internal Exchange mail via mail-int01 to the office distribution list; routine content, no links or attachments.")


def b36():
    unsub = "https://r.mousikos-odigos.gr/mk/un/v2/sh/%s" % util.rand_str("b36u", 40)
    txt = D("""
        Μουσικός Οδηγός - Οκτώβριος 2026

        Εκθέσεις και φεστιβάλ του φθινοπώρου
        Οι σημαντικότερες μουσικές εκθέσεις και τα φεστιβάλ νέων μουσικών που έρχονται τον Νοέμβριο σε Αθήνα και Θεσσαλονίκη.
        https://mousikos-odigos.gr/2026/10/ektheseis-festival

        Η αγορά μουσικών οργάνων το 2026
        Ανεβαίνουν οι πωλήσεις ψηφιακών πιάνων και σπουδαστικών εγχόρδων, σταθερή η ζήτηση για κλασικές κιθάρες.
        https://mousikos-odigos.gr/2026/10/agora-organon-2026

        Συμβουλές συντήρησης: η υγρασία και τα ξύλινα όργανα
        Πώς προστατεύουμε βιολιά και κιθάρες από την ξηρασία του χειμώνα.
        https://mousikos-odigos.gr/2026/10/ygrasia-organa

        Λαμβάνετε αυτό το μήνυμα επειδή έχετε εγγραφεί στο ενημερωτικό δελτίο του Μουσικού Οδηγού.
        Διαγραφή: %s
        Μουσικός Οδηγός, Ακαδημίας 57, 106 79 Αθήνα
        """) % unsub
    blocks = []
    for blk in txt.strip().split("\n\n"):
        ls = blk.split("\n")
        if ls[-1].startswith("https://mousikos"):
            blocks.append('<h3 style="color:#7a1f3d;margin:18px 0 4px 0">%s</h3><p style="margin:0">%s</p><p><a href="%s">Διαβάστε περισσότερα</a></p>'
                          % (esc(ls[0]), esc(" ".join(ls[1:-1])), ls[-1]))
        elif ls[0].startswith("Μουσικός Οδηγός - "):
            blocks.append('<div style="background:#7a1f3d;color:#ffffff;padding:16px;font-size:20px">%s</div>' % esc(ls[0]))
        else:
            blocks.append('<p style="font-size:11px;color:#777777">%s<br><a href="%s">Διαγραφή</a><br>%s</p>' % (esc(ls[0]), unsub, esc(ls[2])))
    h = html_simple('<div style="font-family:Arial,sans-serif;max-width:600px;color:#222222">%s</div>' % "\n".join(blocks), "utf-8", "Μουσικός Οδηγός")
    return Msg("36-el-mousikos-odigos-newsletter", "business",
               ("Μουσικός Οδηγός", "newsletter@mousikos-odigos.gr"), [S("papadopoulou")],
               "Μουσικός Οδηγός – Οκτώβριος 2026: εκθέσεις, αγορά οργάνων, συντήρηση",
               ("EET", 2026, 10, 15, 8, 0, 4), ("brevo", dict(sender_domain="mousikos-odigos.gr")),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="B",
               headers=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@mousikos-odigos.gr?subject=unsubscribe>" % unsub),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
               what="Subscribed Greek music-trade newsletter sent through Brevo.",
               why="Genuine: subscribed list via Brevo with List-Unsubscribe/One-Click, links only to the publisher's own site, no request for data.",
               pairs=[("32-el-aade-mydata-prostimo.eml", "both sent through Brevo with similar branding/HTML; genuine newsletter asks for nothing")])


def messages():
    return [b32(), b33(), b34(), b35(), b36()]
