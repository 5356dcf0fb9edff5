"""Genuine business messages, Greek (32-36)."""
import systems as S
import facts as FX
import partners as P
from kit import (compose, alt, text_to_html, html_escape, make, Text, Multi, st, co, pdf_att, hexid, alnum)

LANG = "el"
TH_SIG = """Κώστας Δημητρίου
Διευθυντής Πωλήσεων
Γεωργικά Μηχανήματα Θεσσαλίας Α.Ε.
Εθνική Οδός Λάρισας-Αθηνών, 3ο χλμ., 41500 Λάρισα
Τ. 2410 618 440 | Α.Φ.Μ. %s""" % FX.TH_AFM


def b32():
    text = """Καλημέρα Νίκο,

σου στέλνω συνημμένα την παραγγελία μας για ανταλλακτικά Hokuto (φίλτρα, ιμάντες και μαχαίρια χορτοκοπτικών) για την προετοιμασία του χειμερινού σέρβις. Αν γίνεται, τα φίλτρα να έρθουν μέχρι τις 6 Νοεμβρίου· τα υπόλοιπα μπορούν και αργότερα.

Η πληρωμή όπως πάντα με έμβασμα σε 30 ημέρες.

Ευχαριστώ,
Κώστας

""" + TH_SIG
    order = """ΓΕΩΡΓΙΚΑ ΜΗΧΑΝΗΜΑΤΑ ΘΕΣΣΑΛΙΑΣ Α.Ε. - Α.Φ.Μ. %s - Δ.Ο.Υ. Λάρισας

ΠΑΡΑΓΓΕΛΙΑ 2026-ΠΑΡ-0633          Ημερομηνία: 22/10/2026
Προμηθευτής: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε., Λάρισα

Α/Α  Κωδικός         Περιγραφή                                 Ποσότητα
1    HK-HT-0415      Φίλτρο λαδιού κινητήρα HT 95/110              50
2    HK-HT-0422      Φίλτρο πετρελαίου                             50
3    HK-HT-0611      Φίλτρο αέρα εσωτερικό                         30
4    HK-HC75-2231    Ιμάντας κίνησης αλωνιστικού HC 7500            6
5    HK-DM32-1104    Μαχαίρι χορτοκοπτικού δεξί                    40
6    HK-DM32-1105    Μαχαίρι χορτοκοπτικού αριστερό                40

Παράδοση: αποθήκη Λάρισας. Πληρωμή: έμβασμα 30 ημερών.
Κώστας Δημητρίου""" % FX.TH_AFM
    p = pdf_att("Paraggelia_2026-PAR-0633.pdf", order, "Microsoft® Excel® 2021", "2026-10-22 10:40:00", zone="GR",
                title="Παραγγελία 2026-ΠΑΡ-0633", author="K. Dimitriou", size=9)
    c = compose(P.THESSALY, key="b-el-32", frm=co("thessaly"), to=[st("gr_mgr")],
                subject="Παραγγελία ανταλλακτικών 2026-ΠΑΡ-0633", when="2026-10-22 10:48:19",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "EL", "windows-1253"), "windows-1253", idx=1), p], b(0)))
    return make(LANG, "thessaly-paraggelia", c,
                "Greek dealer's spare-parts order for winter service (PDF order form).",
                "Known dealer on its own mail server (Outlook over SMTP from a Greek IP), informal first-name tone, concrete part numbers, usual payment terms.")


def b33():
    text = """Κύριε Παπαδόπουλε,

σας γράφω για την πρέσα Trakmaster που αγοράσαμε τον Ιούνιο από την εταιρεία σας. Από την προηγούμενη εβδομάδα ο κόμπος δεν δένει σωστά, κάθε τρίτο δέμα ανοίγει και χάνουμε το τριφύλλι. Ο τεχνικός σας ήρθε στις 28/10 και άλλαξε τις βελόνες, αλλά το πρόβλημα συνεχίζεται.

Έχουμε ακόμη 40 στρέμματα να μαζέψουμε πριν βρέξει. Παρακαλώ να στείλετε τεχνικό αύριο το πρωί, αλλιώς θα αναγκαστώ να νοικιάσω πρέσα και θα σας ζητήσω τα έξοδα.

Με εκτίμηση,
Γιάννης Καραγιάννης
Τύρναβος
κιν. 697 412 3308"""
    c = compose(P.KARAG, key="b-el-33", frm=co("karag"), to=[st("gr_mgr")],
                subject="Πρόβλημα με την πρέσα - χρειάζομαι τεχνικό αύριο", when="2026-11-02 20:15:44",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "EL", "iso-8859-7"), "iso-8859-7"))
    return make(LANG, "karagiannis-parapono-presa", c,
                "Farmer's complaint from otenet.gr: baler knotter still failing after a service visit, asks for a technician tomorrow or he will hire a baler and claim costs.",
                "Consumer ISP mailbox of a known customer sent with Outlook via the ISP's smarthost from a home DSL IP, specific machine history, no links or payment request.")


def b34():
    text = """Καλημέρα κα Γεωργίου,

όπως συμφωνήθηκε τηλεφωνικά με τον κ. Παπαδόπουλο την Παρασκευή, ακυρώνεται η παραγγελία της θεριζοαλωνιστικής Hokuto HC 7500 (προσφορά 2026-ΠΡ-0419), επειδή ο πελάτης μας δεν έλαβε έγκριση χρηματοδότησης.

Παρακαλούμε να εκδώσετε το πιστωτικό τιμολόγιο και να επιστρέψετε την προκαταβολή των 14.800,00 € στον λογαριασμό μας στην Τράπεζα Πειραιώς που ήδη έχετε στο αρχείο σας (%s). Τα τραπεζικά μας στοιχεία δεν έχουν αλλάξει.

Ο κ. Παπαδόπουλος μας είπε ότι την περασμένη εβδομάδα λάβατε email για το ίδιο θέμα από τη διεύθυνση thessaly-agro.com με άλλο IBAN - δεν είναι δικό μας, η μόνη μας διεύθυνση είναι thessaly-agro.gr. Αν ποτέ λάβετε αίτημα αλλαγής λογαριασμού από εμάς, καλέστε μας πρώτα στο 2410 618 440.

Ευχαριστώ,
""" % FX.F(FX.TH_IBAN) + TH_SIG
    c = compose(P.THESSALY, key="b-el-34", frm=co("thessaly"), to=[st("gr_acc")], cc=[st("gr_mgr")],
                subject="Ακύρωση παραγγελίας HC 7500 - επιστροφή προκαταβολής", when="2026-12-07 09:35:02",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "EL", "utf-8"), "utf-8", "base64", "base64"))
    return make(LANG, "thessaly-epistrofi-prokatavolis", c,
                "Greek dealer's genuine request to refund the EUR 14,800 down payment of a cancelled combine order to its known Piraeus account, against a credit note.",
                "Real domain thessaly-agro.gr and mail server, agreed beforehand by phone with the local manager (in copy), refund to the account on file, warns about the .com impersonation and invites a call.",
                pair=[("refund-iban-lookalike", "Same refund (combine HC 7500, EUR 14,800): genuine request to the known Piraeus account from .gr vs. look-alike .com asking for a new Alpha Bank account.")])


def b35():
    text = """Νίκο,

σε ενημερώνω ότι όλα τα παραστατικά Σεπτεμβρίου έχουν διαβιβαστεί στο myDATA (312 παραστατικά εσόδων, 148 παραστατικά εξόδων χαρακτηρισμένα). Η ΑΑΔΕ δεν έχει στείλει καμία ειδοποίηση για αποκλίσεις - το έλεγξα και στη θυρίδα του myAADE.

Χθες λάβαμε email δήθεν από την ΑΑΔΕ (aade-mydata.com) που ζητούσε σύνδεση με κωδικούς TAXISnet. Είναι απάτη· το προώθησα στο IT security στο Ανόβερο. Αν λάβει κάποιος από την ομάδα κάτι παρόμοιο, να μην πατήσει τον σύνδεσμο.

Ελένη

Ελένη Γεωργίου
Λογίστρια
Example Group Hellas Μ.Ε.Π.Ε."""
    c = compose(P.INTERNAL_GR, key="b-el-35", frm=st("gr_acc"), to=[st("gr_mgr")], cc=[st("itsec")],
                subject="myDATA Σεπτεμβρίου ολοκληρώθηκε / ψεύτικο email ΑΑΔΕ", when="2026-10-29 14:10:51",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "EL", "iso-8859-7"), "iso-8859-7"))
    return make(LANG, "mydata-esoteriko-enimerosi", c,
                "Internal note from the Greek accountant: September myDATA submissions complete, no AADE notice in myAADE, yesterday's 'AADE' e-mail was phishing.",
                "Internal Exchange -> mail-int01 path between colleagues with IT security in copy, informational, no links.",
                pair=[("aade-mydata-phish", "Same topic (AADE / myDATA discrepancies): colleague's internal status and warning vs. the fake AADE notice itself.")])


def b36():
    base = "https://email.mg.agrotechniki.gr/c/"
    links = [base + alnum("b-el-36-%d" % i, 110, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for i in range(3)]
    unsub = "https://agrotechniki.gr/newsletter/unsubscribe?id=%s" % hexid("b-el-36-u", 24)
    arts = [("Σχέδια Βελτίωσης: παράταση υποβολής αιτήσεων έως 18 Δεκεμβρίου", "Τι αλλάζει για την αγορά ελκυστήρων και παρελκόμενων από νέους αγρότες."),
            ("Αγορά ελκυστήρων: ταξινομήσεις Οκτωβρίου", "Η Θεσσαλία και η Κεντρική Μακεδονία συγκεντρώνουν σχεδόν το 40% των ταξινομήσεων."),
            ("Συντήρηση θεριζοαλωνιστικών μετά τη σεζόν", "Οι τεχνικοί προτείνουν τι να ελέγξετε πριν από τον χειμώνα.")]
    text = "Αγροτεχνική Ενημέρωση - Εβδομαδιαίο newsletter\n\n" + "\n\n".join(
        "%s\n%s\n%s" % (t, d, l) for (t, d), l in zip(arts, links)) + \
        "\n\nΛαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε με τη διεύθυνση nikos.papadopoulos@example.com.\nΔιαγραφή: %s\nΑγροτεχνική Ενημέρωση Ι.Κ.Ε., Λ. Γεωργικής Σχολής 65, 57001 Θεσσαλονίκη" % unsub
    rows = "".join('<tr><td style="padding:14px 22px;border-bottom:1px solid #ddd"><a href="%s" style="font-size:17px;color:#1f5f8b;font-weight:bold;text-decoration:none">%s</a><p style="margin:6px 0 0;font-size:14px">%s</p></td></tr>'
                   % (l, html_escape(t), html_escape(d)) for (t, d), l in zip(arts, links))
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#1f5f8b;color:#fff;padding:18px 22px;font-size:20px"><b>Αγροτεχνική Ενημέρωση</b></td></tr>%s
<tr><td style="padding:14px 22px;font-size:11px;color:#777">Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε με τη διεύθυνση nikos.papadopoulos@example.com. <a href="%s" style="color:#777">Διαγραφή</a></td></tr></table>
<img src="https://email.mg.agrotechniki.gr/o/%s" width="1" height="1" alt=""></body></html>""" % (rows, unsub, alnum("b-el-36-o", 80))
    mg = S.Mailgun(rdns="m239-14.eu.mailgun.net", ip="185.250.239.14", mgdomain="mg.agrotechniki.gr")
    extra = [("List-Unsubscribe", "<%s>, <mailto:unsubscribe@mg.agrotechniki.gr>" % unsub),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    c = compose(mg, key="b-el-36", frm=("Αγροτεχνική Ενημέρωση", "newsletter@agrotechniki.gr"), to=[st("gr_mgr")],
                subject="Σχέδια Βελτίωσης: παράταση - ταξινομήσεις ελκυστήρων - συντήρηση θεριζοαλωνιστικών",
                when="2026-11-20 06:30:12", env_from="bounce+5d31a2.7f1-nikos.papadopoulos=example.com@mg.agrotechniki.gr",
                extra=extra, body=lambda b: alt(b, text, html, "utf-8"))
    return make(LANG, "newsletter-agrotechniki", c,
                "Subscribed Greek agricultural-machinery newsletter via Mailgun EU, tracked links, one-click unsubscribe.",
                "Publisher's own mg. subdomain for bounces and tracking, List-Unsubscribe headers, subscription notice; editorial content only.")


def messages():
    return [b32(), b33(), b34(), b35(), b36()]
