"""Genuine messages, Greek (32-36)."""

from lib import co, ids, office, smtp, systems
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages.common import (flowed, D, S, alt, eur, ex_msgid, footer, letterhead, mixed, outlook_att, outlook_bnd,
                             outlook_parts, outlook_smtp_msgid, table)
from messages.registry import msg

B = "business"
KBROWN = (160, 90, 20)


def _krit(m, h, root, ua, client_ip):
    K = co.KRIT
    return systems.cpanel(m, h, root, K["server"], K["server_ip"], client_ip=client_ip, auth_user=h.frm[1],
                          dkim_d=K["domain"], zone="gr", ua_lines=ua,
                          order=["from", "to", "cc", "refs", "irt", "subject", "date", "msgid", "mime"])


# --------------------------------------------------------------------- 32
@msg(B, 32, "el", "kritipack-timologio-mydata")
def b32(m):
    K = co.KRIT
    net = 6324.68
    vat = round(net * 0.24, 2)
    tot = round(net + vat, 2)
    mark = "400001951238874"
    uid = smtp.rhex(m.rng, 40, True)
    qrurl = "https://view.e-timologisi.gr/?mark=%s&uid=%s" % (mark, uid)
    m.what = ("Kritipack's accounting sends invoice-delivery note ΤΔΑ 3318 for tomato boxes with the myDATA MARK and the "
              "provider's verification QR code; payment to the supplier's usual National Bank account.")
    m.why = ("Supplier's real domain kritipack.gr on its cPanel host (authenticated SMTP, DKIM/DMARC pass), invoice registered "
             "in myDATA (MARK/UID shown), IBAN unchanged, routine 60-day terms.")
    m.pair = ["33-el-kritipack-allagi-logariasmou.eml", "32-el-aade-mydata-diorthosi.eml"]
    m.pair_topic = "Kritipack invoice ΤΔΑ 3318 / myDATA"
    m.pair_diff = ("Genuine: kritipack.gr, NBG account, MARK on the invoice. Attacks: kritipack.com asking to pay the same "
                   "invoice to Eurobank; fake AADE myDATA 'correction' login.")
    h = H(K["logist"], [co.P("gr_acc")], "Τιμολόγιο ΤΔΑ 3318 - KRITIPACK Α.Ε.", D(2026, 11, 6, 13, 12, 55, "gr"),
          hcs="windows-1253", henc="B", date_zone="gr")
    h.msgid = outlook_smtp_msgid(m, "kritipack.gr")
    paras = ["Καλησπέρα σας,", "",
             "σας αποστέλλουμε συνημμένα το τιμολόγιο-δελτίο αποστολής ΤΔΑ 3318 για τα χαρτοκιβώτια που παραδόθηκαν στις "
             "05/11 στην Ιεράπετρα. Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ %s)." % mark, "",
             "Πληρωμή σε 60 ημέρες στον λογαριασμό μας στην Εθνική Τράπεζα, όπως πάντα.", "",
             "Με εκτίμηση,", "Λογιστήριο", "KRITIPACK Α.Ε. - Χαρτοκιβωτοποιία Κρήτης", "Τηλ. 2810 381 460"]
    m.tel("2810 381 460")
    t, ht = outlook_parts(m, paras, "windows-1253", "quoted-printable", "EL", "EmailStyle17", font="Calibri")
    d = m.pdf(info={"Title": "ΤΔΑ 3318", "Producer": "SoftOne ERP"}, created="D:20261106125511+02'00'", lang="el-GR")
    p = d.page()
    y = letterhead(p, "KRITIPACK Α.Ε.", ["Χαρτοκιβωτοποιία Κρήτης · Συσκευασίες για φρούτα και λαχανικά",
                                        "ΒΙ.ΠΕ. Ηρακλείου, Οδός Δ' 8 · 714 08 Ηράκλειο · ΑΦΜ %s · ΔΟΥ Ηρακλείου" % K["afm"]], KBROWN)
    p.text(56, y, "ΤΙΜΟΛΟΓΙΟ - ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ  Σειρά Α  Αρ. 3318", 13, bold=True)
    y += 20
    for k, v in (("Ημερομηνία", "05/11/2026"), ("Πελάτης", "EXAMPLE THERMOKIPIA HELLAS Μ.Α.Ε."), ("ΑΦΜ πελάτη", co.OFF["GR"]["ids"][0][1][2:]),
                 ("Τόπος παράδοσης", "ΒΙΠΕ Ιεράπετρας, Οδός 4"), ("ΜΑΡΚ", mark), ("UID", uid)):
        p.text(56, y, k, 9, color=(90, 90, 90))
        p.text(160, y, v, 9 if k != "UID" else 7)
        y += 13
    y += 8
    y = table(p, 56, y, ["Κωδ.", "Περιγραφή", "Ποσ.", "Τιμή", "Αξία"],
              [["KT-5N", "Χαρτοκιβώτιο ντομάτας 5 kg, εκτύπωση 2 χρωμ.", "9.800", "0,44", eur(4312.00, "el")],
               ["KT-DP", "Δίσκος αγγουριού 12 τεμ., λευκό", "4.600", "0,4150", eur(1909.00, "el")],
               ["MT", "Μεταφορικά Ηράκλειο - Ιεράπετρα", "1", "103,68", "103,68"]],
              [50, 230, 60, 60, 84], aligns=["left", "left", "right", "right", "right"])
    for k, v in (("Καθαρή αξία", eur(net, "el")), ("ΦΠΑ 24%", eur(vat, "el")), ("Πληρωτέο (€)", eur(tot, "el"))):
        p.text(360, y, k, 9.5, bold=k.startswith("Πληρ"))
        p.text(538, y, v, 9.5, align="right", bold=k.startswith("Πληρ"))
        y += 14
    y += 8
    p.text(56, y, "Τρόπος πληρωμής: επί πιστώσει 60 ημερών · %s · IBAN %s" % (K["bank"][0], ids.fmt_iban(K["bank"][2])), 8.5)
    y += 18
    p.qr(56, y, 90, m.qr_matrix(qrurl))
    p.text(156, y + 40, "Επαλήθευση παραστατικού (πάροχος ηλεκτρονικής τιμολόγησης)", 8)
    footer(p, ["KRITIPACK Α.Ε. · ΓΕΜΗ 077245827000 · Το παραστατικό εκδόθηκε μέσω παρόχου ηλεκτρονικής τιμολόγησης"])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, m.boundary("nextpart")), outlook_att(m, pdf, "application/pdf", "TDA_3318_KRITIPACK.pdf", h.date)],
                 m.boundary("nextpart"), preamble="This is a multipart message in MIME format.")
    return _krit(m, h, root, ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtP" + smtp.rb64(m.rng, 27), "Content-Language: el"],
                 "192.0.2.91")


# --------------------------------------------------------------------- 33
@msg(B, 33, "el", "misthodosia-noemvriou-esoteriko")
def b33(m):
    m.what = ("Internal: the Greek office manager sends the accountant the November payroll and Christmas-bonus overview (XLSX) "
              "for checking before the EFKA/APD submission.")
    m.why = ("Internal Exchange mail between the two Greek colleagues (client IP in the Ierapetra subnet, via mail-int01), "
             "routine payroll workflow, XLSX without macros, no bank details changed, no external party.")
    h = H(co.P("gr_om"), [co.P("gr_acc")], "Μισθοδοσία Νοεμβρίου και Δώρο Χριστουγέννων - για έλεγχο",
          D(2026, 12, 3, 10, 45, 2, "gr"), hcs="iso-8859-7", henc="B", date_zone="gr")
    h.msgid = ex_msgid(m, "EXCH01")
    paras = ["Γιώργο καλημέρα,", "",
             "σου στέλνω την κατάσταση μισθοδοσίας Νοεμβρίου μαζί με τον υπολογισμό του δώρου Χριστουγέννων για τους 18 "
             "εργαζόμενους. Τις ώρες των εποχικών τις πέρασα από το ημερολόγιο του θερμοκηπίου.", "",
             "Αν είναι εντάξει, την ανεβάζω στην ΑΠΔ την Παρασκευή και η πληρωμή πάει με το αρχείο της τράπεζας στις 18/12.", "",
             "Ευχαριστώ,", "Ελένη"]
    t, ht = outlook_parts(m, paras, "iso-8859-7", "quoted-printable", "EL", "EmailStyle17", font="Calibri")
    rows = [[("b", "Α/Α"), ("b", "Ονοματεπώνυμο"), ("b", "Ειδικότητα"), ("b", "Μικτές αποδοχές Νοε."), ("b", "Δώρο Χριστ."), ("b", "Σύνολο")]]
    names = ["Μανωλάκης Ι.", "Παπαδάκη Μ.", "Σφακιανάκης Ν.", "Χατζηδάκης Ε.", "Κοκκινάκη Α.", "Βασιλάκης Σ.", "Δασκαλάκης Γ.",
             "Λαμπράκη Δ.", "Τσαγκαράκης Π.", "Φραγκιαδάκη Ε."]
    tot = 0.0
    for i, n in enumerate(names, 1):
        g = 980.0 + 35 * (i % 5)
        bonus = round(g * 1.04, 2)
        tot += g + bonus
        rows.append([i, n, "Εργάτης θερμοκηπίου" if i > 2 else "Υπεύθυνος βάρδιας", g, bonus, round(g + bonus, 2)])
    rows.append(["", ("b", "Σύνολο (10 από 18, υπόλοιποι στο φύλλο 2)"), "", "", "", round(tot, 2)])
    x = office.xlsx([("Νοέμβριος 2026", rows, [5, 24, 22, 18, 14, 14]),
                     ("Εποχικοί", [[("b", "Ονοματεπώνυμο"), ("b", "Ημέρες"), ("b", "Ημερομίσθιο"), ("b", "Σύνολο")],
                                   ["Ρουμπάκης Κ.", 21, 44.5, 934.5], ["Ιωαννίδου Λ.", 18, 44.5, 801.0]], [22, 10, 12, 12])],
                    {"title": "Μισθοδοσία 11-2026", "creator": "Eleni Markaki", "company": "Example Thermokipia Hellas",
                     "created": "2026-12-02T15:11:00Z", "modified": "2026-12-03T08:40:00Z", "lang": "el-GR"})
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)),
                  outlook_att(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              "Misthodosia_11-2026_Doro_Xristougennon.xlsx", h.date)], outlook_bnd(h.msgid, 4))
    return systems.exchange_internal(m, h, root, srv="EXCH01", srv2="EXCH02", client_ip="10.20.71.14",
                                     lang="el-GR", accept="el-GR, en-US")


# --------------------------------------------------------------------- 34
@msg(B, 34, "el", "kritipack-wetransfer-sxedia-kouti")
def b34(m):
    K = co.KRIT
    url = "https://we.tl/t-%s" % smtp.ralnum(m.rng, 10)
    m.what = ("Genuine WeTransfer notification: Νίκος Σπανουδάκης (Kritipack) sends the final print proofs of the 2027 tomato "
              "boxes for approval.")
    m.why = ("Real WeTransfer mail, sender is the known supplier contact with his kritipack.gr address, files are PDF proofs "
             "(large artwork, a typical use of file transfer), expected after the packaging meeting; no login or payment.")
    m.pair = ["35-el-wetransfer-diagonismos-prosfora.eml"]
    m.pair_topic = "WeTransfer notification with business documents"
    m.pair_diff = ("Genuine: known supplier address, PDF artwork. Attack: unknown Gmail 'procurement', one file is .pdf.html "
                   "opening a login page.")
    h = H(("WeTransfer", "noreply@wetransfer.com"), [co.P("gr_om")],
          "Ο/Η n.spanoudakis@kritipack.gr σας έστειλε αρχεία μέσω WeTransfer", D(2026, 11, 24, 12, 5, 33, "gr"))
    text = ("n.spanoudakis@kritipack.gr\nσας έστειλε 2 αρχεία\n\n"
            "Τελικά σχέδια εκτύπωσης κουτιών 2027\n\n"
            "\"Κυρία Μαρκάκη, όπως είπαμε στη συνάντηση, σας στέλνω τα τελικά δοκίμια για το κουτί ντομάτας 5 kg και τον δίσκο "
            "6 kg με το νέο λογότυπο. Χρειαζόμαστε έγκριση μέχρι 30/11 για να μπουν στην παραγωγή του Ιανουαρίου. Νίκος\"\n\n"
            "KRITIPACK_Kouti_Ntomata_5kg_2027_final.pdf   8,4 MB\nKRITIPACK_Diskos_6kg_proof_v3.pdf   6,1 MB\n\n"
            "Λήψη αρχείων: %s\n\n"
            "Τα αρχεία θα διαγραφούν σε 7 ημέρες.\n\nWeTransfer, Oostelijke Handelskade 751, Amsterdam, 1019 BW, Netherlands\n") % url
    html = ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;'
            'font-family:Helvetica,Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:36px"><table width="480" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px">'
            '<tr><td style="padding:30px 30px 10px 30px;font-size:22px;font-weight:bold;color:#17181a">WeTransfer</td></tr>'
            '<tr><td style="padding:0 30px;font-size:16px;color:#17181a"><b>n.spanoudakis@kritipack.gr</b><br>σας έστειλε 2 αρχεία'
            '</td></tr><tr><td style="padding:16px 30px;font-size:14px;color:#444"><b>Τελικά σχέδια εκτύπωσης κουτιών 2027</b><br>'
            '<br>Κυρία Μαρκάκη, όπως είπαμε στη συνάντηση, σας στέλνω τα τελικά δοκίμια για το κουτί ντομάτας 5 kg και τον δίσκο '
            '6 kg με το νέο λογότυπο. Χρειαζόμαστε έγκριση μέχρι 30/11 για να μπουν στην παραγωγή του Ιανουαρίου. Νίκος</td></tr>'
            '<tr><td style="padding:0 30px;font-size:13px;color:#6a6d70">KRITIPACK_Kouti_Ntomata_5kg_2027_final.pdf &middot; 8,4 MB'
            '<br>KRITIPACK_Diskos_6kg_proof_v3.pdf &middot; 6,1 MB</td></tr><tr><td style="padding:24px 30px"><a href="%s" '
            'style="display:block;text-align:center;background:#3767ea;color:#fff;padding:14px;border-radius:25px;'
            'text-decoration:none;font-weight:bold">Λήψη αρχείων</a></td></tr><tr><td style="padding:0 30px 26px 30px;'
            'font-size:12px;color:#6a6d70">Τα αρχεία θα διαγραφούν σε 7 ημέρες.</td></tr></table><p style="font-size:11px;'
            'color:#999">WeTransfer, Oostelijke Handelskade 751, Amsterdam, 1019 BW, Netherlands</p></td></tr></table></body>'
            '</html>\n') % esc(url)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("ses"))
    return systems.ses(m, h, root, region="eu-west-1", ip="54.240.6.%d" % 131, dkim_d="wetransfer.com", dkim_s="wt2",
                       mail_from="bounce-%s@bounce.wetransfer.com" % smtp.rhex(m.rng, 16),
                       host="a6-131.smtp-out.eu-west-1.amazonses.com")


# --------------------------------------------------------------------- 35
@msg(B, 35, "el", "ilektroniki-timologisi-enimerosi-esoteriko")
def b35(m):
    m.what = ("Internal: the Greek accountant summarises for the office manager what the mandatory B2B e-invoicing through "
              "certified providers means for the Ierapetra entity, with a one-page PDF note.")
    m.why = ("Internal Exchange mail between colleagues, explanatory content about myDATA/e-invoicing, PDF prepared internally, "
             "no link to TAXISnet, nothing to log into or pay.")
    m.pair = ["32-el-aade-mydata-diorthosi.eml"]
    m.pair_topic = "myDATA / AADE e-invoicing"
    m.pair_diff = "Genuine: internal explanation, no login link. Attack: fake AADE deadline with a TAXISnet login link."
    h = H(co.P("gr_acc"), [co.P("gr_om")], "Ηλεκτρονική τιμολόγηση μέσω παρόχου - τι αλλάζει για εμάς",
          D(2026, 10, 13, 9, 18, 40, "gr"), hcs="utf-8", henc="B", date_zone="gr")
    h.msgid = ex_msgid(m, "EXCH02")
    paras = ["Ελένη καλημέρα,", "",
             "όπως συζητήσαμε, σου έγραψα σε μία σελίδα τι αλλάζει με την υποχρεωτική ηλεκτρονική τιμολόγηση B2B μέσω "
             "παρόχου. Για εμάς σημαίνει κυρίως ότι τα τιμολόγια προμηθευτών θα έρχονται με ΜΑΡΚ και QR και ότι δεν πληρώνουμε "
             "τίποτα που δεν εμφανίζεται στο myDATA.", "",
             "Προσοχή: η ΑΑΔΕ δεν στέλνει email με συνδέσμους για είσοδο στο TAXISnet. Αν έρθει κάτι τέτοιο, το προωθούμε στον "
             "Lukas στο IT.", "",
             "Γιώργος"]
    t, ht = outlook_parts(m, paras, "utf-8", "base64", "EL", "EmailStyle17", font="Calibri")
    d = m.pdf(info={"Title": "Ηλεκτρονική τιμολόγηση - σημείωμα", "Author": "G. Tzanakis",
                    "Producer": "Microsoft® Word για Microsoft 365"}, created="D:20261013091011+03'00'", lang="el-GR")
    p = d.page()
    y = letterhead(p, "Example Thermokipia Hellas Μ.Α.Ε.", ["Λογιστήριο · Εσωτερικό σημείωμα"], (0, 90, 60))
    p.text(56, y, "Υποχρεωτική ηλεκτρονική τιμολόγηση B2B - βασικά σημεία", 12, bold=True)
    y += 22
    y = p.wrap(56, y, 480, "1. Όλα τα τιμολόγια πωλήσεων εκδίδονται μέσω πιστοποιημένου παρόχου και διαβιβάζονται αυτόματα "
               "στο myDATA (λαμβάνουν ΜΑΡΚ και UID).\n2. Τα τιμολόγια αγορών τα παραλαμβάνουμε από τον πάροχο· ο χαρακτηρισμός "
               "εξόδων γίνεται από το λογιστήριο μέσα στον μήνα.\n3. Πληρωμές προμηθευτών μόνο για παραστατικά με ΜΑΡΚ και στους "
               "λογαριασμούς που έχουμε ήδη στο αρχείο· κάθε αλλαγή IBAN επιβεβαιώνεται τηλεφωνικά.\n4. Η ΑΑΔΕ δεν ζητά ποτέ "
               "κωδικούς TAXISnet μέσω email.", 10)
    footer(p, ["Εσωτερική χρήση"])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)),
                  outlook_att(m, pdf, "application/pdf", "Ilektroniki_timologisi_simeioma.pdf", h.date)], outlook_bnd(h.msgid, 4))
    return systems.exchange_internal(m, h, root, srv="EXCH02", srv2="EXCH01", client_ip="10.20.71.19",
                                     lang="el-GR", accept="el-GR, en-US")


# --------------------------------------------------------------------- 36
@msg(B, 36, "el", "kritipack-paradosi-kibotion-thread")
def b36(m):
    K = co.KRIT
    prev = "<%s@EXCH01.corp.example.com>" % smtp.rhex(m.rng, 32)
    m.what = ("Νίκος Σπανουδάκης (Kritipack) replies in the thread about week-49 box deliveries: two trucks, dates and the "
              "pallet count.")
    m.why = ("Known supplier contact from his own mailbox (Thunderbird over the supplier's cPanel host, DKIM/DMARC pass), reply "
             "within an existing thread, purely logistical.")
    h = H(K["nikos"], [co.P("gr_om")], "Re: Παράδοση χαρτοκιβωτίων εβδομάδας 49", D(2026, 11, 27, 17, 40, 12, "gr"),
          irt=prev, refs=prev, date_zone="gr")
    h.msgid = "<%s@kritipack.gr>" % smtp.uuid(m.rng)
    text = ("Καλησπέρα κυρία Μαρκάκη,\n\n"
            "επιβεβαιώνω: το πρώτο φορτηγό (14 παλέτες, κουτιά 5 kg) φεύγει από Ηράκλειο Τρίτη 01/12 το πρωί και θα είναι "
            "στην Ιεράπετρα γύρω στις 11:00. Το δεύτερο (8 παλέτες δίσκοι αγγουριού) την Πέμπτη 03/12.\n\n"
            "Τα τιμολόγια θα σας τα στείλει το λογιστήριο όπως πάντα.\n\n"
            "Φιλικά,\nΝίκος Σπανουδάκης\nΤμήμα Πωλήσεων - KRITIPACK Α.Ε.\nΚιν. 697 412 8830\n\n"
            "Στις 27/11/2026 12:18 μ.μ., η Eleni Markaki έγραψε:\n"
            "> Καλημέρα κ. Σπανουδάκη,\n>\n> μπορείτε να μου επιβεβαιώσετε τις ημερομηνίες παράδοσης για την εβδομάδα 49;\n"
            "> Χρειαζόμαστε τα κουτιά 5 kg το αργότερο Τρίτη.\n>\n> Ευχαριστώ,\n> Ελένη Μαρκάκη\n")
    m.tel("697 412 8830")
    tp = m.text(flowed(text), "UTF-8", "8bit", params=["format=flowed"])
    return _krit(m, h, tp, ["User-Agent: Mozilla Thunderbird", "Content-Language: el"], "192.0.2.92")
