"""business/27-31 (Spanish)."""

from decimal import Decimal

import docs
import ids
import infra
import kit
import mime
import pdf
import senders
import shared
from common import (E, Eq, msg, outlook_html, spec, finish_html, gmail_html)
from company import CORR, ENT, P, TEN
from infra import T, hdr, plus, rfcdate
from msg_attack_es import adobesign_mail, adobesign_send

ES = ENT["ES"]
V = CORR["valles"]


# ------------------------------------------------------------------ 27 ----
@msg("business", "27", "es", "dehu-aviso-notificacion-real")
def b27(c):
    r = c.rng
    t = T(2026, 11, 4, 9, 42, 12)
    jo = P("javier.ortega")
    u = "https://dehu.redsara.es"
    text = """Estimado/a Sr./Sra.:

Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE CARNICA IBERICA SL
NIF: %s
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Requerimiento de información - Declaración informativa modelo 347 ejercicio 2025
Fecha de puesta a disposición: 04/11/2026

Puede acceder a la notificación en %s o en la Sede Electrónica de la Agencia Tributaria, identificándose con certificado electrónico o Cl@ve. Por motivos de seguridad, este aviso no incluye enlaces directos a la notificación.

Este aviso tiene carácter meramente informativo; su falta de recepción no impide que la notificación sea considerada plenamente válida.

Por favor, no responda a este correo electrónico.
""" % (ES["vat"][2:], u)
    root = kit.single(text, "plain", "iso-8859-15", "quoted-printable", csname="ISO-8859-15", ct_style="bare")
    frm = mime.addr("DEHU", "no-reply@dehu.redsara.es")
    mid = "<%d.%d.%d.JavaMail.dehu@notifica-pro-03>" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 5, 10 ** 6), infra.epoch(t) * 1000)
    ch = [hdr("Date", rfcdate(t, "CET")), hdr("From", frm), hdr("To", jo[1]), hdr("Message-ID", mid),
          hdr("Subject", mime.hdr_text("Aviso de notificación en la Dirección Electrónica Habilitada única", "iso-8859-15", "Q", csname="ISO-8859-15")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    host, ip = "correo-salida2.redsara.es", "192.0.2.131"
    inner = [senders.rec_local_app(r, plus(t, 1), "notifica-pro-03.redsara.es", host, app_ip="10.252.14.33")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="redsara.es", selector="sel2026", inner=inner, amavis=False,
                            mailfrom="no-reply@dehu.redsara.es")
    H, _, _ = infra.deliver(r, s, jo[1], dmarc=("pass", "none", "redsara.es"))
    return spec(H, root,
                "Genuine DEHú notice that the tax agency put a notification (information request, form 347) at the Spanish entity's disposal.",
                "From redsara.es infrastructure (DKIM pass), plain text, correct NIF and concept, no link to the notification itself (only the DEHú home page), authentication with certificate/Cl@ve required.",
                urls=[u],
                pair=[("27", "Spanish tax-authority (AEAT/DEHú) notifications",
                       "Attack from a hacked advisory site with a button to a PHP page and a 10-day rejection threat; genuine DEHú notice has no direct link and comes from redsara.es.")])


# ------------------------------------------------------------------ 28 ----
@msg("business", "28", "es", "proveedor-factura-verifactu-qr")
def b28(c):
    r = c.rng
    t = T(2026, 11, 20, 12, 30, 9)
    jo = P("javier.ortega")
    num = "F-2026/1187"
    lines = [("Media canal de cerdo clase E, Duroc x (LD x LW), refrigerada", Decimal("9852.4"), Decimal("1.98")),
             ("Jamón fresco con pata, 11-13 kg", Decimal("1840.0"), Decimal("3.05")),
             ("Paleta fresca con pata", Decimal("1215.5"), Decimal("2.46")),
             ("Portes Manlleu - Vic (2 viajes)", Decimal("2"), Decimal("95.00"))]
    base = sum(shared.q2(q * p) for _, q, p in lines)
    iva = shared.q2(base * Decimal("0.10"))
    total = base + iva
    da = shared.de_amount
    qr = "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=%s&fecha=20-11-2026&importe=%s" % (
        V["vat"][2:], num.replace("/", "%2F"), "%.2f" % total)
    d = pdf.Doc(title="Factura " + num, author="Carnicas Valles", creator="a3factura", producer="a3factura (Wolters Kluwer)", date=docs.pdfdate(plus(t, -900)))
    W = 595.28
    d.text(56, 790, "CÀRNIQUES VALLÈS", "F2", 16, color=(0.55, 0.12, 0.1))
    d.text(56, 776, "Cárnicas Vallès S.L. · Carretera de Manlleu, km 3,2 · 08560 Manlleu (Barcelona) · NIF " + V["vat"][2:], "F1", 7.5)
    d.rtext(W - 56, 790, "FACTURA " + num, "F2", 12)
    d.rtext(W - 56, 776, "Fecha: 20/11/2026 · Vencimiento: 20/12/2026", "F1", 8)
    for i, ln in enumerate(["Cliente:", "EXAMPLE CÁRNICA IBÉRICA S.L.", "Polígon Industrial Mas Beuló, C/ de la Indústria 14", "08500 Vic (Barcelona)", "NIF " + ES["vat"][2:]]):
        d.text(330, 740 - i * 12, ln, "F2" if i < 2 else "F1", 9)
    d.text(56, 740, "Albaranes: 26-8841, 26-8867, 26-8902", "F1", 8.5)
    d.text(56, 728, "Reg. Sanitario: 10.012345/B · Marca sanitaria ES 10.012345/B CE", "F1", 8.5)
    y = 660
    d.rect(56, y - 4, W - 112, 15, fill=(0.94, 0.9, 0.88))
    for x, h, al in [(60, "Descripción", "l"), (380, "Cantidad", "r"), (440, "Precio", "r"), (539, "Importe €", "r")]:
        (d.rtext if al == "r" else d.text)(x, y, h, "F2", 8.5)
    y -= 16
    for desc, q, p in lines:
        d.text(60, y, desc, "F1", 8)
        d.rtext(380, y, (da(q).rstrip("0").rstrip(",") + " kg") if q > 10 else "%d" % q, "F1", 8)
        d.rtext(440, y, da(p), "F1", 8)
        d.rtext(539, y, da(shared.q2(q * p)), "F1", 8)
        y -= 13
    d.line(56, y + 6, W - 56, y + 6)
    for k, v in [("Base imponible", da(base)), ("IVA 10 %", da(iva)), ("TOTAL FACTURA", da(total) + " €")]:
        y -= 14
        d.text(330, y, k, "F2" if k.startswith("TOTAL") else "F1", 9)
        d.rtext(539, y, v, "F2" if k.startswith("TOTAL") else "F1", 9)
    y -= 30
    for ln in ["Forma de pago: transferencia a 30 días", "CaixaBank · IBAN " + ids.fmt_iban(V["iban"]) + " · BIC CAIXESBBXXX"]:
        d.text(56, y, ln, "F1", 8.5)
        y -= 12
    d.qr(56, 110, 80, qr)
    d.text(145, 160, "QR tributario:", "F2", 8)
    d.text(145, 149, "Factura verificable en la sede electrónica de la AEAT", "F1", 8)
    d.text(145, 138, "VERI*FACTU", "F2", 9)
    d.text(56, 60, "Cárnicas Vallès S.L. · Inscrita en el Registro Mercantil de Barcelona, Tomo 41227, Folio 102, Hoja B-388410", "F1", 6.5)
    pdfb = d.render()
    text = """Buenos días,

Adjuntamos la factura %s correspondiente a los albaranes de la semana 46.

Importe total: %s € - vencimiento 20/12/2026.

Un saludo,

Departament d'Administració
Cárnicas Vallès S.L.
Tel. +34 938 51 22 70
""" % (num, da(total))
    root = kit.gmail(r, text, gmail_html(text), atts=[(pdfb, "application/pdf", "Factura_F-2026-1187.pdf")])
    frm = mime.addr("Facturación Cárnicas Vallès", "facturacion@carnicasvalles.es", "utf-8", "B")
    s = infra.gmail_send(r, t, frm, [mime.addr("Javier Ortega", jo[1])], mime.hdr_text("Factura %s - Example Cárnica Ibérica" % num, "utf-8", "B"),
                         infra.gmail_msgid(r), workspace_domain="carnicasvalles.es")
    H, _, _ = infra.deliver(r, s, jo[1], dmarc=("pass", "quarantine", "carnicasvalles.es"))
    return spec(H, root,
                "The Catalan pork supplier sends invoice F-2026/1187 (carcasses, hams, shoulders) with the VeriFactu tax QR code.",
                "Supplier's own Google Workspace (DKIM/DMARC pass), invoice references delivery notes, 10 % VAT on meat, known CaixaBank account, QR points to the AEAT ValidarQR service with matching NIF, number, date and amount.",
                qr=[qr], ibans=[V["iban"]], phones=["+34 938 51 22 70"],
                pair=[("28", "QR codes in financial documents",
                       "Attack's QR leads to a bank look-alike to 'renew the signature'; genuine QR is the statutory VeriFactu code pointing to agenciatributaria.gob.es with the invoice data.")])


# ------------------------------------------------------------------ 29 ----
@msg("business", "29", "es", "google-drive-share-proveedor-real")
def b29(c):
    r = c.rng
    t = T(2026, 11, 25, 11, 7, 40)
    mp = P("montserrat.puig")
    fid = "1" + infra.ralnum(r, 32, senders.ALNUM + "-_")
    url = "https://drive.google.com/drive/folders/%s?usp=sharing_eip_se_dm&ts=%s" % (fid, infra.rhex(r, 8))
    fname = "Certificados sanitarios y albaranes S47"
    note = "Bon dia Montse, tal com hem parlat per telèfon, aquí tens la carpeta amb els certificats sanitaris i els albarans de la setmana 47. Núria"
    text = """Núria Serra ha compartido una carpeta contigo

%s

%s

Abrir: %s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.
Has recibido este correo electrónico porque nuria.serra@carnicasvalles.es ha compartido una carpeta contigo desde Google Drive.
""" % (note, fname, url)
    html = ('<!doctype html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;padding:0;font-family:\'Google Sans\',Roboto,Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px"><table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px">'
            '<tr><td style="padding:24px 24px 8px;font-size:22px;color:#202124">Núria Serra ha compartido una carpeta contigo</td></tr>'
            '<tr><td style="padding:8px 24px;font-size:14px;color:#3c4043"><span style="display:block;background:#f1f3f4;border-radius:8px;padding:12px">%s</span></td></tr>'
            '<tr><td style="padding:12px 24px"><table style="border:1px solid #dadce0;border-radius:16px"><tr><td style="padding:8px 12px;font-size:14px">&#128193; <a href="%s" style="color:#3c4043;text-decoration:none">%s</a></td></tr></table></td></tr>'
            '<tr><td style="padding:12px 24px 24px"><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px">Abrir</a></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:12px;color:#5f6368;border-top:1px solid #dadce0">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.<br>Has recibido este correo electrónico porque nuria.serra@carnicasvalles.es ha compartido una carpeta contigo desde Google Drive.</td></tr>'
            '</table></td></tr></table></body></html>') % (E(note), Eq(url), E(fname), Eq(url))
    root = kit.alt(infra.gmail_boundary(r), text, html, "UTF-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("Núria Serra (a través de Google Drive)", "drive-shares-dm-noreply@google.com", "utf-8", "Q", csname="UTF-8")
    mid = "<%s-%s@google.com>" % (infra.ralnum(r, 22, senders.ALNUM + "-_"), infra.ralnum(r, 5))
    s = infra.gmail_send(r, t, frm, [mp[1]], mime.hdr_text("Carpeta compartida contigo: «%s»" % fname, "utf-8", "B"), mid,
                         reply_to=mime.addr("Núria Serra", "nuria.serra@carnicasvalles.es", "utf-8", "Q"), workspace_domain="google.com", sor=True,
                         dkim_sel="20230601",
                         dkim_h="reply-to:mime-version:message-id:date:subject:from:to:from:to:cc\r\n         :subject:date:message-id:reply-to")
    s.mailfrom = "3%s@doclist.bounces.google.com" % infra.ralnum(r, 40, senders.ALNUM)
    H, _, _ = infra.deliver(r, s, mp[1], dmarc=("pass", "reject", "google.com"))
    return spec(H, root,
                "Google Drive notification: the supplier's sales contact shares a folder of health certificates and delivery notes for week 47, as agreed by phone (note in Catalan).",
                "Genuine Drive share from the supplier's Workspace account, follows a phone call, shares a folder of expected documents (no 'sign in to view' pretext), routine content.",
                urls=[url],
                pair=[("29", "Google Drive share from the pork supplier",
                       "Same platform and sender: the attack shares a single 'pending invoices' PDF unexpectedly with the accountant, the PDF is a credential lure; the genuine share was announced by phone and contains routine certificates.")])


# ------------------------------------------------------------------ 30 ----
@msg("business", "30", "es", "placsp-alerta-licitacion")
def b30(c):
    r = c.rng
    t = T(2026, 12, 10, 7, 5, 44)
    mp = P("montserrat.puig")
    eid = infra.rb64(r, 24).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    url = "https://contrataciondelestado.es/wps/poc?uri=deeplink:detalle_licitacion&idEvl=%s" % eid
    exp = "2026/%04d-COM" % r.randint(100, 999)
    text = """Plataforma de Contratación del Sector Público

Alerta de suscripción: "Suministro carne porcino - Cataluña" (CPV 15113000)

Se ha publicado la siguiente licitación que coincide con los criterios de su suscripción:

Órgano de contratación: Consell Comarcal d'Osona
Expediente: %s
Objeto: Suministro de carne fresca de porcino y vacuno para los comedores escolares y residencias de la comarca (lotes 1 a 3)
Tipo de contrato: Suministros
Procedimiento: Abierto
Valor estimado: 412.800,00 EUR
Fecha fin de presentación de ofertas: 12/01/2027 14:00

Detalle de la licitación: %s

Para modificar o cancelar sus suscripciones, acceda a su espacio de usuario en la Plataforma.
Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.
""" % (exp, url)
    root = kit.single(text, "plain", "utf-8", "quoted-printable", csname="UTF-8", ct_style="bare")
    frm = mime.addr("Plataforma de Contratación del Sector Público", "noreply@contrataciondelestado.es", "utf-8", "Q")
    mid = "<%d.%d.%d.JavaMail.wasadmin@placsp-pro-02>" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 5, 10 ** 6), infra.epoch(t) * 1000)
    ch = [hdr("Date", rfcdate(t, "CET")), hdr("From", frm), hdr("To", mp[1]), hdr("Message-ID", mid),
          hdr("Subject", mime.hdr_text("Alerta PLACSP: nueva licitación - %s Consell Comarcal d'Osona" % exp, "utf-8", "Q")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    host, ip = "mta2.contrataciondelestado.es", "192.0.2.142"
    inner = [senders.rec_local_app(r, plus(t, 1), "placsp-pro-02.contrataciondelestado.es", host, app_ip="10.70.3.12")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="contrataciondelestado.es", selector="placsp", inner=inner, amavis=False)
    H, _, _ = infra.deliver(r, s, mp[1], dmarc=("pass", "none", "contrataciondelestado.es"))
    return spec(H, root,
                "Subscription alert from Spain's public procurement platform: a county council tender for fresh pork and beef for school canteens.",
                "Genuine platform alert (contrataciondelestado.es, DKIM pass) matching a saved search, open procedure with published deadline, link to the public tender page, no fee or payment.",
                urls=[url],
                pair=[("30", "Public-sector tender for pork supply",
                       "Attack: 'pre-selected' negotiated procedure from a look-alike ministry domain demanding a 1,850 EUR registration fee; genuine: public open tender announced by the official platform.")])


# ------------------------------------------------------------------ 31 ----
@msg("business", "31", "es", "adobe-sign-contrato-cliente-real")
def b31(c):
    r = c.rng
    t = T(2026, 12, 11, 10, 40, 18)
    mp = P("montserrat.puig")
    sname, smail = "Laia Bosch", "laia.bosch@supermercadosalmenara.es"
    agreement = "Contrato marco de suministro de productos cárnicos 2027 - Example Cárnica Ibérica"
    message = "Hola Montse, tal como acordamos en la reunión del martes, te envío el contrato marco 2027 con los precios revisados del anexo II. Lo firmamos por nuestra parte el director de compras y yo. Gracias, Laia"
    text, html, url, aid = adobesign_mail(r, t, sname, smail, agreement, message)
    frm = mime.addr("Laia Bosch mediante Adobe Acrobat Sign", "adobesign@adobesign.com", "utf-8", "Q")
    s, root = adobesign_send(r, t, frm, mp[1], mime.hdr_text("Firma solicitada: %s" % agreement, "utf-8", "Q"), smail, text, html, sname)
    H, _, _ = infra.deliver(r, s, mp[1], dmarc=("pass", "reject", "adobesign.com"))
    return spec(H, root,
                "Adobe Acrobat Sign request from the supermarket customer's buyer: framework supply contract 2027 after a meeting.",
                "Real Adobe Acrobat Sign notification sent by the customer's corporate account (laia.bosch@supermercadosalmenara.es), refers to a meeting, contract expected, link to secure.eu1.adobesign.com.",
                urls=[url],
                pair=[("31", "Adobe Acrobat Sign signature request",
                       "Same platform: the attack's sender account is a Gmail address posing as the supplier's 'legal department' with an unexpected NDA; genuine comes from the customer's corporate address after a meeting.")])
