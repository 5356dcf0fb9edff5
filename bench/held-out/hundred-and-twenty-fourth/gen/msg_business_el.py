"""business/32-36 (Greek)."""

import arch
import ids
import infra
import kit
import mime
import senders
from common import (E, Eq, msg, outlook_html, spec, finish_html)
from company import CORR, ENT, P
from infra import T, hdr, plus, rfcdate

GR = ENT["GR"]
MK = CORR["makedonia"]


# ------------------------------------------------------------------ 32 ----
@msg("business", "32", "el", "aade-thyrida-nea-enimerosi")
def b32(c):
    r = c.rng
    t = T(2026, 11, 2, 9, 14, 3, "EET")
    gk = P("georgios.katsaros")
    u = "https://www.aade.gr/myaade"
    text = """Αγαπητέ/ή φορολογούμενε,

σας ενημερώνουμε ότι στην Προσωπική Θυρίδα (Ψηφιακή Θυρίδα) της επιχείρησης EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ ΙΚΕ (ΑΦΜ %s) έχει αναρτηθεί νέο έγγραφο:

Είδος: Πράξη διοικητικού προσδιορισμού - Τέλος επιτηδεύματος
Ημερομηνία ανάρτησης: 02/11/2026

Για να δείτε το έγγραφο, συνδεθείτε στην εφαρμογή myAADE από τον διαδικτυακό τόπο της ΑΑΔΕ (%s) με τους κωδικούς σας στο TAXISnet και επιλέξτε «Ψηφιακή Θυρίδα».

Η ΑΑΔΕ δεν αποστέλλει ποτέ συνδέσμους για εισαγωγή κωδικών TAXISnet μέσω ηλεκτρονικού ταχυδρομείου.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων
""" % (GR["afm"], u)
    root = kit.single(text, "plain", "iso-8859-7", "quoted-printable", csname="ISO-8859-7", ct_style="bare")
    frm = mime.addr("ΑΑΔΕ", "noreply@aade.gr", "iso-8859-7", "B", csname="ISO-8859-7")
    mid = "<%d.%d.%d.JavaMail.notify@myaade-app04>" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 5, 10 ** 6), infra.epoch(t) * 1000)
    ch = [hdr("Date", rfcdate(t, "EET")), hdr("From", frm), hdr("To", gk[1]), hdr("Message-ID", mid),
          hdr("Subject", mime.hdr_text("Νέα ενημέρωση στην Ψηφιακή Θυρίδα σας - myAADE", "iso-8859-7", "B", csname="ISO-8859-7")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    host, ip = "mailgw2.aade.gr", "192.0.2.164"
    inner = [senders.rec_local_app(r, plus(t, 1), "myaade-app04.gsis.gr", host, relay_ip_tz="EET", app_ip="10.16.40.4")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="aade.gr", selector="aade1", inner=inner, amavis=False, tz="EET")
    H, _, _ = infra.deliver(r, s, gk[1], dmarc=("pass", "reject", "aade.gr"))
    return spec(H, root,
                "AADE informs that a new document (business-levy assessment) was posted to the Greek entity's digital mailbox in myAADE.",
                "From aade.gr (DKIM/DMARC reject pass), plain text in ISO-8859-7, correct ΑΦΜ, only the general myAADE address, explicitly no credential links.",
                urls=[u],
                pair=[("32", "Greek tax authority (AADE / myDATA)",
                       "Attack: hacked guesthouse site sends 'myDATA penalty' with a TAXISnet login link to a look-alike; genuine: aade.gr notice pointing to myAADE without a login link.")])


# ------------------------------------------------------------------ 33 ----
@msg("business", "33", "el", "makedonia-paraggelia-xlsx")
def b33(c):
    r = c.rng
    t = T(2026, 11, 26, 11, 48, 30, "EET")
    ep = P("eleni.papadopoulou")
    rows = [[("b", "ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ 2026/412 - ΜΑΚΕΔΟΝΙΑ ΤΡΟΦΙΜΑ Α.Ε.")], ["Προμηθευτής: EXAMPLE HELLAS ΙΚΕ", "", "Ημ/νία: 26/11/2026"], [],
            [("b", "Α/Α"), ("b", "Κωδικός"), ("b", "Περιγραφή"), ("b", "Ποσότητα (kg)"), ("b", "Τιμή €/kg"), ("b", "Παράδοση")],
            [1, "ΧΟΙ-ΛΑΙΜ-ΚΤ", "Λαιμός χοιρινός χ/κ, κατεψυγμένος, Γερμανίας", 8000, ("n2", 3.10), "09/12/2026"],
            [2, "ΧΟΙ-ΩΜΟ-ΚΤ", "Ωμοπλάτη χοιρινή χ/κ, κατεψυγμένη", 6000, ("n2", 2.72), "09/12/2026"],
            [3, "ΧΟΙ-ΠΑΝΤ-ΝΠ", "Πανσέτα χοιρινή με δέρμα, νωπή", 2400, ("n2", 3.45), "16/12/2026"], [],
            ["", "", "Παράδοση: αποθήκη Σίνδου, θερμοκρασία -18 °C / 0-4 °C, με υγειονομικό πιστοποιητικό και CMR."],
            ["", "", "Πληρωμή: 45 ημέρες από τιμολόγιο, όπως έχει συμφωνηθεί."]]
    x = arch.make_xlsx([("Παραγγελία", rows, [6, 14, 48, 14, 11, 12])], (2026, 11, 26, 9, 40, 0), creator="d.alexiou", company="Μακεδονία Τρόφιμα Α.Ε.")
    text = """Καλημέρα Ελένη,

όπως συζητήσαμε χθες στο τηλέφωνο, σου στέλνω την παραγγελία μας 2026/412 για τις παραδόσεις του Δεκεμβρίου (λαιμός, ωμοπλάτη κατεψυγμένα και νωπή πανσέτα). Οι τιμές είναι αυτές της προσφοράς σας της 19/11.

Παρακαλώ στείλε μου επιβεβαίωση με τις ημερομηνίες φόρτωσης από τη Vechta.

Ευχαριστώ,
Δημήτρης Αλεξίου
Διευθυντής Προμηθειών
Μακεδονία Τρόφιμα Α.Ε.
Τηλ. 2310 722 410 (εσωτ. 115) | Κιν. 694 418 2207
"""
    html = outlook_html(text, "el")
    b1 = "----=_NextPart_000_%s_01DD5EE0.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    b2 = "----=_NextPart_001_%s_01DD5EE0.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    tp = mime.text(text, "plain", "windows-1253", "quoted-printable")
    hp = mime.text(finish_html(html, "windows-1253"), "html", "windows-1253", "quoted-printable")
    alt = mime.multipart_inline("alternative", [tp, hp], b2)
    att = mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Paraggelia_2026-412.xlsx", style="plain")
    root = mime.multipart_inline("mixed", [alt, att], b1, preamble="This is a multipart message in MIME format.\r\n")
    frm = mime.addr("Δημήτρης Αλεξίου", "d.alexiou@makedonia-trofima.gr", "windows-1253", "B")
    mid = "<000001dd5ee0$%s$%s@makedonia-trofima.gr>" % (infra.rhex(r, 8), infra.rhex(r, 8))
    ch = [hdr("From", frm), hdr("To", mime.addr("Ελένη Παπαδοπούλου", ep[1], "windows-1253", "B")),
          hdr("Subject", mime.hdr_text("Παραγγελία 2026/412 - παραδόσεις Δεκεμβρίου", "windows-1253", "B")),
          hdr("Date", rfcdate(t, "EET")), hdr("Message-ID", mid), hdr("MIME-Version", "1.0"), ("__CONTENT__", None),
          hdr("X-Mailer", "Microsoft Outlook 16.0"), hdr("Thread-Index", "Ads" + infra.rb64(r, 18)[:25]), hdr("Content-Language", "el")]
    host, ip = MK["relay"]
    inner = [senders.rec_submission(r, plus(t, 1), "79.%d.%d.%d" % (r.randint(128, 131), r.randint(0, 255), r.randint(1, 254)), host, "d.alexiou@makedonia-trofima.gr", tz="EET")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="makedonia-trofima.gr", selector="default", inner=inner, amavis=False, tz="EET")
    H, _, _ = infra.deliver(r, s, ep[1], dmarc=("pass", "none", "makedonia-trofima.gr"))
    return spec(H, root,
                "Greek distributor's purchasing manager sends order 2026/412 (frozen neck, shoulder, fresh belly) as XLSX after a phone call.",
                "Customer's real domain and mail server (DKIM/SPF/DMARC pass), follows a phone call, prices from our own offer, XLSX without macros, payment terms as agreed.",
                phones=["2310 722 410", "694 418 2207"],
                pair=[("34", "Mail from the Greek distributor Makedonia Trofima",
                       "Attack from makedonia-trofima.com demands a 'double payment' refund to a new bank; genuine order from makedonia-trofima.gr asks for nothing financial.")])


# ------------------------------------------------------------------ 34 ----
@msg("business", "34", "el", "epimelitirio-etisia-syndromi-rf")
def b34(c):
    r = c.rng
    t = T(2026, 12, 1, 10, 20, 11, "EET")
    ep = P("eleni.papadopoulou")
    rf = ids.make_rf("2027%09d" % r.randint(0, 999999999))
    u = "https://www.ebeth.gr/syndromes"
    text = """Αξιότιμα Μέλη,

σας υπενθυμίζουμε ότι η ετήσια συνδρομή έτους 2027 προς το Επιμελητήριο είναι καταβλητέα έως 31/03/2027, σύμφωνα με τον ν. 4497/2017.

Επωνυμία: EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ ΙΚΕ
Αρ. Γ.Ε.ΜΗ.: 161482906000
Ποσό συνδρομής: 90,00 €
Κωδικός πληρωμής (RF): %s

Η πληρωμή μπορεί να γίνει με τον παραπάνω κωδικό RF μέσω e-banking ή σε οποιοδήποτε κατάστημα τράπεζας, χωρίς να απαιτείται κατάθεση σε συγκεκριμένο λογαριασμό. Περισσότερες πληροφορίες: %s

Σημείωση: Λαμβάνουμε αναφορές για επιστολές και μηνύματα που ζητούν «τέλη διατήρησης εγγραφής στο ΓΕΜΗ» σε λογαριασμούς του εξωτερικού. Τα μηνύματα αυτά δεν προέρχονται από το Επιμελητήριο ή το ΓΕΜΗ.

Με εκτίμηση,
Τμήμα Μητρώου
Επιμελητήριο Θεσσαλονίκης
Τσιμισκή 29, 546 24 Θεσσαλονίκη, τηλ. 2310 370 100
""" % (ids.fmt_rf(rf), u)
    html = outlook_html(text, "el")
    msgid = "<%s@EBETH-EX01.ebeth.local>" % infra.rhex(r, 32)
    local = msgid[1:33]
    root = kit.outlook(local, "EBETHEX01ebethlocal", text, html, "iso-8859-7")
    frm = mime.addr("Επιμελητήριο Θεσσαλονίκης", "info@ebeth.gr", "iso-8859-7", "B")
    ch = [hdr("From", frm), hdr("To", ep[1]),
          hdr("Subject", mime.hdr_text("Ετήσια συνδρομή 2027 - κωδικός πληρωμής RF", "iso-8859-7", "B")),
          hdr("Thread-Topic", mime.hdr_text("Ετήσια συνδρομή 2027 - κωδικός πληρωμής RF", "iso-8859-7", "B")),
          hdr("Thread-Index", "Ads" + infra.rb64(r, 18)[:25]), hdr("Date", rfcdate(t, "EET")), hdr("Message-ID", msgid),
          hdr("Accept-Language", "el-GR, en-US"), hdr("Content-Language", "el-GR"), hdr("X-MS-Has-Attach", ""),
          hdr("X-MS-TNEF-Correlator", ""), hdr("x-originating-ip", "[10.1.1.%d]" % r.randint(20, 200)),
          ("__CONTENT__", None), hdr("MIME-Version", "1.0")]
    host, ip = "mail.ebeth.gr", "192.0.2.171"
    inner = [infra.raw("Received", "from EBETH-EX01.ebeth.local (10.1.1.10) by EBETH-EX01.ebeth.local\r\n (10.1.1.10) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s" % rfcdate(plus(t, 1), "EET"))]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="ebeth.gr", selector="ex2019", inner=inner, amavis=False, tz="EET")
    H, _, _ = infra.deliver(r, s, ep[1], dmarc=("pass", "quarantine", "ebeth.gr"))
    return spec(H, root,
                "Thessaloniki Chamber of Commerce reminds members of the 2027 annual subscription (90 EUR) with an RF payment code.",
                "Chamber's own Exchange server (DKIM/DMARC pass), modest statutory fee, ISO 11649 RF code payable at any bank (no foreign account), and a warning about the fake 'GEMI fees' campaign.",
                urls=[u], phones=["2310 370 100"], must_contain=[ids.fmt_rf(rf)],
                checks=[("RF reference mod 97", lambda rf=rf: ids.rf_valid(rf))],
                other="RF " + ids.fmt_rf(rf),
                pair=[("07", "Register entries and annual fees", "Attack (German 'ZGUR') hides a 1,189 EUR/year contract in a correction form; genuine chamber notice is a statutory subscription with an RF code."),
                      ("36", "Business-register / chamber annual fees",
                       "Attack: 'GEMI maintenance fee' of 487 EUR to a Lithuanian payment institution, surcharge threat; genuine: chamber subscription of 90 EUR with an RF code payable at any Greek bank.")])


# ------------------------------------------------------------------ 35 ----
@msg("business", "35", "el", "eswteriko-egkriseis-pliromon")
def b35(c):
    r = c.rng
    t = T(2026, 12, 9, 13, 5, 44, "EET")
    ep = P("eleni.papadopoulou")
    gk = P("georgios.katsaros")
    th = P("tobias.heitmann")
    text = """Γιώργο καλησπέρα,

σου στέλνω τις εγκρίσεις για τις πληρωμές της εβδομάδας 50. Όλα τα τιμολόγια είναι καταχωρημένα στο SAP και εγκεκριμένα στο workflow από τον Tobias Heitmann (treasury Vechta):

- ACS Courier, τιμολόγιο 2026-88412, 412,30 € (ΑΦΜ προμηθευτή από μητρώο)
- ΔΕΗ, λογαριασμός ρεύματος γραφείου Σίνδου, 1.184,55 €
- Μεταφορική Βορείου Ελλάδος, διανομές Νοεμβρίου, 6.920,00 €

Τους λογαριασμούς πληρωμής τους παίρνεις όπως πάντα από το μητρώο προμηθευτών στο SAP, δεν άλλαξε κάτι. Η επιστροφή «διπλοπληρωμής» που ζήτησε η Μακεδονία Τρόφιμα με email τη Δευτέρα ΔΕΝ θα γίνει: μίλησα με τον κ. Αλεξίου στο σταθερό τους και μου επιβεβαίωσε ότι δεν έστειλαν τέτοιο μήνυμα. Το έχω προωθήσει στο IT security.

Ευχαριστώ,
Ελένη
"""
    html = outlook_html(text, "el")
    msgid, local = infra.exch_msgid(r, "EXCH02")
    root = kit.outlook(local, "EXCH02corpexamplecom", text, html, "iso-8859-7")
    s = infra.internal_send(r, t, mime.addr("Ελένη Παπαδοπούλου", ep[1], "iso-8859-7", "B"), [mime.addr("Γεώργιος Κατσαρός", gk[1], "iso-8859-7", "B")],
                            mime.hdr_text("Εγκρίσεις πληρωμών εβδ. 50", "iso-8859-7", "B"), msgid, cc=[mime.addr("Tobias Heitmann", th[1])],
                            lang="el-GR", accept="el-GR, en-US")
    H, _, _ = infra.deliver(r, s, gk[1], ar=False)
    return spec(H, root,
                "Greek office manager sends the accountant the approved supplier payments for week 50 and says the Makedonia 'double payment' refund will not be made.",
                "Internal Exchange mail via mail-int01, approvals documented in the SAP workflow, bank details taken from master data, a suspicious request was verified by phone and reported.",
                pair=[("34", "Payments / refunds requested by e-mail",
                       "Attack asks for an urgent refund to a new account by e-mail; genuine internal approval refers to the SAP workflow and master data and documents a call-back verification.")])


# ------------------------------------------------------------------ 36 ----
@msg("business", "36", "el", "syndesmos-newsletter-brevo")
def b36(c):
    r = c.rng
    t = T(2026, 10, 30, 10, 0, 6, "EET")
    ep = P("eleni.papadopoulou")
    dom = "sekbe.gr"
    tid = infra.ralnum(r, 10, "abcdefghijklmnopqrstuvwxyz0123456789")
    def trk():
        return "https://r.sekbe.gr/mk/cl/f/%s" % infra.ralnum(r, 96, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    l1, l2, l3 = trk(), trk(), trk()
    unsub = "https://r.sekbe.gr/mk/un/v2/%s" % infra.ralnum(r, 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    text = """ΣΕΚΒΕ - Ενημερωτικό Δελτίο Οκτωβρίου 2026

1. Αφρικανική πανώλη των χοίρων: νέες ζώνες περιορισμού στη Γερμανία και επιπτώσεις στις εισαγωγές
Η Ευρωπαϊκή Επιτροπή επικαιροποίησε τον εκτελεστικό κανονισμό για τις ζώνες περιορισμού. Τα φορτία από εγκεκριμένες εγκαταστάσεις εκτός ζωνών εισάγονται κανονικά.
Περισσότερα: %s

2. Ψηφιακό δελτίο αποστολής: παράταση της υποχρεωτικής εφαρμογής για τις μεταφορές κρέατος
Η ΑΑΔΕ ανακοίνωσε το νέο χρονοδιάγραμμα για το ψηφιακό δελτίο αποστολής στον κλάδο τροφίμων.
Περισσότερα: %s

3. Ημερίδα: Ιχνηλασιμότητα και σήμανση κρέατος - Πέμπτη 19/11/2026, 18:00, Ξενοδοχείο Makedonia Palace
Δηλώσεις συμμετοχής: %s

ΣΕΚΒΕ - Σύνδεσμος Εμπόρων Κρέατος Βορείου Ελλάδος
Εγνατίας 154, 546 36 Θεσσαλονίκη

Λαμβάνετε αυτό το μήνυμα ως μέλος του Συνδέσμου. Διαγραφή: %s
""" % (l1, l2, l3, unsub)
    html = ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#eeeeee;font-family:Arial,sans-serif">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff"><tr><td style="background:#8c1d18;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">ΣΕΚΒΕ · Ενημερωτικό Δελτίο Οκτωβρίου 2026</td></tr>')
    for title, body, link in [("Αφρικανική πανώλη των χοίρων: νέες ζώνες περιορισμού στη Γερμανία και επιπτώσεις στις εισαγωγές",
                               "Η Ευρωπαϊκή Επιτροπή επικαιροποίησε τον εκτελεστικό κανονισμό για τις ζώνες περιορισμού. Τα φορτία από εγκεκριμένες εγκαταστάσεις εκτός ζωνών εισάγονται κανονικά.", l1),
                              ("Ψηφιακό δελτίο αποστολής: παράταση της υποχρεωτικής εφαρμογής για τις μεταφορές κρέατος",
                               "Η ΑΑΔΕ ανακοίνωσε το νέο χρονοδιάγραμμα για το ψηφιακό δελτίο αποστολής στον κλάδο τροφίμων.", l2),
                              ("Ημερίδα: Ιχνηλασιμότητα και σήμανση κρέατος", "Πέμπτη 19/11/2026, 18:00, Ξενοδοχείο Makedonia Palace. Δηλώσεις συμμετοχής μέσω της φόρμας.", l3)]:
        html += '<tr><td style="padding:16px 24px;border-bottom:1px solid #eee"><a href="%s" style="font-size:17px;color:#8c1d18;font-weight:bold;text-decoration:none">%s</a><p style="font-size:14px;color:#333">%s</p></td></tr>' % (Eq(link), E(title), E(body))
    html += ('<tr><td style="padding:16px 24px;font-size:11px;color:#777">ΣΕΚΒΕ - Σύνδεσμος Εμπόρων Κρέατος Βορείου Ελλάδος · Εγνατίας 154, 546 36 Θεσσαλονίκη<br>'
             'Λαμβάνετε αυτό το μήνυμα ως μέλος του Συνδέσμου. <a href="%s">Διαγραφή</a></td></tr></table>'
             '<img width="1" height="1" src="https://r.sekbe.gr/tr/op/%s" alt=""></body></html>') % (Eq(unsub), infra.ralnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
    root = kit.alt("=_alt_" + infra.rhex(r, 24), text, html, "utf-8", "base64", ct_style="bare")
    frm = mime.addr("ΣΕΚΒΕ", "info@" + dom, "utf-8", "B")
    mid = "<%s@smtp-relay.mailin.fr>" % infra.guid(r)
    ch = [hdr("From", frm), hdr("To", ep[1]), hdr("Subject", mime.hdr_text("Ενημερωτικό Δελτίο ΣΕΚΒΕ - Οκτώβριος 2026", "utf-8", "B")),
          hdr("Date", rfcdate(t, "UTC", "plain")), hdr("Message-Id", mid),
          hdr("List-Unsubscribe", "<%s>, <mailto:unsubscribe@sekbe.gr?subject=unsubscribe>" % unsub),
          hdr("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    s = senders.brevo(r, t, ch, frm, dom)
    senders.fix_rcpt(s, ep[1])
    H, _, _ = infra.deliver(r, s, ep[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "Monthly member newsletter of the Northern Greece meat traders' association (ASF zones, digital delivery note, event), sent via Brevo.",
                "Member newsletter of a known trade association, Brevo with the association's own DKIM and tracking subdomain r.sekbe.gr, one-click unsubscribe, no request or attachment.",
                urls=[l1, unsub])
