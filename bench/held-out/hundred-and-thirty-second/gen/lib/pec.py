"""Italian PEC (posta elettronica certificata) transport envelope, as forwarded by Aruba PEC to an ordinary mailbox."""
from . import infra, mime, util
from .infra import rfc2822, sec
from .mime import Multipart, Part, Rfc822


def p7s(r, n=4120):
    """Invented CMS SignedData blob (DER header of a real signedData, random remainder)."""
    core = bytes.fromhex("3082101406092a864886f70d010702a08210053082100102010131"
                         "0f300d06096086480165030402010500300b06092a864886f70d010701")
    return core + bytes(r.getrandbits(8) for _ in range(n - len(core)))


def daticert(sender, rcpt, subject, gestore, t, ident, msgid, tipo="posta-certificata"):
    lt, _ = util.in_zone(t, "IT")
    off = lt.utcoffset().total_seconds() // 3600
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<postacert tipo="%s" errore="nessuno">\n'
            '  <intestazione>\n    <mittente>%s</mittente>\n    <destinatari tipo="certificato">%s</destinatari>\n'
            '    <risposte>%s</risposte>\n    <oggetto>%s</oggetto>\n  </intestazione>\n'
            '  <dati>\n    <gestore-emittente>%s</gestore-emittente>\n    <data zona="+%02d00">\n'
            '      <giorno>%s</giorno>\n      <ora>%s</ora>\n    </data>\n'
            '    <identificativo>%s</identificativo>\n    <msgid>&lt;%s&gt;</msgid>\n  </dati>\n</postacert>\n' % (
                tipo, sender, rcpt, sender, subject.replace("&", "&amp;").replace("<", "&lt;"), gestore, off,
                lt.strftime("%d/%m/%Y"), lt.strftime("%H:%M:%S"), ident, msgid)).encode("utf-8")


def envelope(m, inner_raw, inner_subject, inner_msgid, sender_pec, rcpt_pec, gestore, gestore_dom, t_sent,
             forward_host="smtp-fwd-pec02.aruba.it", forward_ip="62.149.152.74"):
    """Fill m (Mail) as the PEC transport envelope delivered via Aruba forwarding to m.rcpt."""
    r = m.r
    lt, _ = util.in_zone(t_sent, "IT")
    ident = "opec21%04d.%s.%d.%d.1.%d@%s" % (r.randint(0, 9999), lt.strftime("%Y%m%d%H%M%S"), r.randint(10000, 99999),
                                              r.randint(10, 99), r.randint(10, 99), gestore_dom)
    m.msgid = ident
    m.from_ = ("Per conto di: %s" % sender_pec, "posta-certificata@%s" % gestore_dom)
    m.reply_to = (None, sender_pec)
    m.to = [(None, rcpt_pec)]
    m.subject = "POSTA CERTIFICATA: " + inner_subject
    m.envfrom = "posta-certificata@%s" % gestore_dom
    dstr = lt.strftime("%d/%m/%Y")
    hstr = lt.strftime("%H:%M:%S")
    off = "+%02d00" % (lt.utcoffset().total_seconds() // 3600)
    txt = ("Messaggio di posta certificata\n\nIl giorno %s alle ore %s (%s) il messaggio\n\"%s\" è stato inviato da "
           "\"%s\"\nindirizzato a:\n%s\nIl messaggio originale è incluso in allegato.\nIdentificativo messaggio: %s\n" % (
               dstr, hstr, off, inner_subject, sender_pec, rcpt_pec, ident))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><title>Messaggio di posta "
            "certificata</title></head><body><h3>Messaggio di posta certificata</h3><p>Il giorno %s alle ore %s (%s) il "
            "messaggio<br/>&quot;%s&quot; &egrave; stato inviato da &quot;%s&quot;<br/>indirizzato a:<br/>%s<br/>Il "
            "messaggio originale &egrave; incluso in allegato.<br/>Identificativo messaggio: %s</p></body></html>\n" % (
                dstr, hstr, off, inner_subject.replace("&", "&amp;").replace("<", "&lt;"), sender_pec, rcpt_pec, ident))
    alt = Multipart("alternative", [Part("text/plain", txt.encode("utf-8"), charset="UTF-8", cte="quoted-printable"),
                                    Part("text/html", html.encode("utf-8"), charset="UTF-8", cte="quoted-printable")],
                    "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9),
                                             r.randint(10 ** 12, 10 ** 13)))
    dc = Part("application/xml", daticert(sender_pec, rcpt_pec, inner_subject, gestore, t_sent, ident, inner_msgid),
              cte="base64", filename="daticert.xml", disposition="inline")
    pc = Rfc822(inner_raw, filename="postacert.eml", disposition="inline", cte="7bit")
    mixed = Multipart("mixed", [alt, dc, pc], "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9),
                                                                     r.randint(10 ** 12, 10 ** 13)))
    sig = Part("application/pkcs7-signature", p7s(r), cte="base64", filename="smime.p7s", disposition="attachment")
    root = Multipart("signed", [mixed, sig], "----%s" % util.rand_hex(r, 32, upper=True),
                     params=['protocol="application/pkcs7-signature"', "micalg=sha-256"])
    root.preamble = "This is an S/MIME signed message"
    m.root = root
    m.t = t_sent

    def system(m_):
        t0 = m_.t
        hs = [("Received", "from mx-pec04.aruba.it ([10.10.41.%d])\n\tby pop-pec-store07.aruba.it (Aruba PEC) with LMTP\n\t"
                           "id %s; %s" % (r.randint(2, 250), util.rand_alnum(r, 16), rfc2822(t0 + sec(2), "IT"))),
              ("Received", "from %s (%s [%s])\n\tby mx-pec04.aruba.it (Aruba PEC) with ESMTPS id %s\n\tfor <%s>; %s" % (
                  "smtp-pec." + gestore_dom if gestore_dom != "pec.aruba.it" else "smtps-pec03.aruba.it",
                  "smtp-pec." + gestore_dom if gestore_dom != "pec.aruba.it" else "smtps-pec03.aruba.it",
                  "62.149.158.%d" % r.randint(10, 90) if gestore_dom == "pec.aruba.it" else "193.203.%d.%d" % (
                      r.randint(224, 239), r.randint(2, 250)), util.rand_alnum(r, 14), rcpt_pec,
                  rfc2822(t0 + sec(1), "IT")))]
        hs += infra.basic(m_, ("Date", "Subject", "From", "Reply-To", "To"))
        hs += [("X-Riferimento-Message-ID", "<%s>" % inner_msgid), ("X-Trasporto", "posta-certificata")]
        hs += infra.basic(m_, ("Message-ID", "MIME-Version", "__MIME__"))
        m_.sys_headers = hs
        m_.conn = {"helo": forward_host, "rdns": forward_host, "ip": forward_ip, "t": t0 + sec(4), "tls": "1.2"}
        m_.auth = m_.auth or {"dkim": [], "spf": "pass", "dmarc": "none"}

    m.system = (lambda m_: system(m_), {})
    return ident
