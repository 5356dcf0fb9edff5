"""Platform notification templates shared by genuine and abused messages."""
from .util import html_escape as E


def docusign(sender_name, sender_email, message, link, code, doc_line='sent you a document to review and sign.'):
    text = """%s %s

REVIEW DOCUMENT: %s

%s
%s

%s

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management(TM).

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Stop receiving this email
Report this email or read more about Declining to sign and Managing notifications.

If you have trouble signing, visit "How to Sign a Document" on our Docusign Support Center, or browse our Docusign Community for more information.

This message was sent to you by %s who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
""" % (sender_name, doc_line, link, sender_name, sender_email, message, code, sender_name)
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table border="0" cellspacing="0" cellpadding="0" width="100%%" style="background-color:#eaeaea"><tr><td style="padding:24px 8px">
<table align="center" border="0" cellspacing="0" cellpadding="0" width="640" style="background-color:#ffffff;max-width:640px">
<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116" style="border:none"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table width="100%%" cellpadding="0" cellspacing="0" style="background-color:#1e4ca1;color:#ffffff">
<tr><td align="center" style="padding:28px 24px 8px 24px;font-size:16px;line-height:22px">%s %s</td></tr>
<tr><td align="center" style="padding:12px 24px 30px 24px"><a href="%s" style="font-size:15px;color:#333333;background-color:#ffc423;text-decoration:none;border-radius:2px;padding:10px 24px;display:inline-block"><span style="padding:0 8px">REVIEW DOCUMENT</span></a></td></tr>
</table></td></tr>
<tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px;line-height:22px"><span style="font-weight:bold">%s</span><br><span style="font-size:15px;color:#333333"><a href="mailto:%s" style="color:#2463d1">%s</a></span><br><br>%s</td></tr>
<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-size:11px;color:#666666;line-height:15px">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit docusign.com, click 'Access Documents', and enter the security code:<br>%s<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
<b>Stop receiving this email</b><br>Report this email or read more about Declining to sign and Managing notifications.<br><br>
If you have trouble signing, visit "How to Sign a Document" on our Docusign Support Center, or browse our Docusign Community for more information.<br><br>
This message was sent to you by %s who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</td></tr>
</table></td></tr></table></body></html>
""" % (E(sender_name), E(doc_line), E(link), E(sender_name), E(sender_email), E(sender_email), E(message).replace('\n', '<br>'), E(code), E(sender_name))
    return text, html


def adobesign(sender_name, sender_email, doc, message, link, lang='es'):
    if lang == 'es':
        head = '%s le ha solicitado que firme %s' % (sender_name, doc)
        btn = 'Revisar y firmar'
        foot = ('Tras firmar el acuerdo, todas las partes recibirán una copia del documento firmado por correo electrónico.\n'
                'No reenvíe este correo electrónico: si lo reenvía, otras personas podrían acceder a su acuerdo.\n'
                '¿Por qué usar Acrobat Sign? Es una forma rápida y segura de firmar documentos electrónicamente.')
        legal = 'Para garantizar que sigue recibiendo nuestros correos electrónicos, añada adobesign@adobesign.com a su libreta de direcciones o a su lista de remitentes seguros.'
    else:
        head = '%s has requested your signature on %s' % (sender_name, doc)
        btn = 'Review and sign'
        foot = 'After you sign, all parties will receive a final PDF copy of the document by email.\nDon\'t forward this email: if you forward it, others could access your agreement.'
        legal = 'To ensure that you continue receiving our emails, please add adobesign@adobesign.com to your address book or safe list.'
    text = '%s\n\n%s: %s\n\n%s (%s)\n%s\n\n%s\n\n%s\n\n(c) 2026 Adobe. All rights reserved.\n' % (head, btn, link, sender_name, sender_email, message, foot, legal)
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:adobe-clean,Helvetica Neue,Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 40px;border-bottom:1px solid #e1e1e1"><img src="https://secure.eu1.adobesign.com/images/email/acrobat-sign-logo.png" alt="Adobe Acrobat Sign" width="160"></td></tr>
<tr><td style="padding:30px 40px 10px 40px;font-size:20px;color:#2c2c2c">%s</td></tr>
<tr><td style="padding:10px 40px 24px 40px"><a href="%s" style="background:#1473e6;color:#ffffff;border-radius:16px;padding:8px 20px;text-decoration:none;font-size:15px;font-weight:bold;display:inline-block">%s</a></td></tr>
<tr><td style="padding:0 40px 20px 40px;font-size:14px;color:#4b4b4b;line-height:21px"><b>%s</b><br><a href="mailto:%s" style="color:#1473e6">%s</a><br><br>%s</td></tr>
<tr><td style="padding:16px 40px;font-size:12px;color:#707070;line-height:18px;border-top:1px solid #e1e1e1">%s<br><br>%s<br><br>&copy; 2026 Adobe. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
""" % (E(head), E(link), E(btn), E(sender_name), E(sender_email), E(sender_email), E(message).replace('\n', '<br>'), E(foot).replace('\n', '<br>'), E(legal))
    return text, html


def sharepoint(sender, message, filename, link, lang='it', kind='PDF'):
    L = {'it': ('%s ha condiviso un file con te', 'Apri', 'Questo link funziona solo per i destinatari diretti del messaggio.',
                'Informativa sulla privacy'),
         'en': ('%s shared a file with you', 'Open', 'This link only works for the direct recipients of this message.',
                'Privacy Statement'),
         'de': ('%s hat eine Datei für Sie freigegeben', 'Öffnen', 'Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.',
                'Datenschutzbestimmungen')}[lang]
    head = L[0] % sender
    text = '%s\n\n%s\n\n%s\n%s: %s\n\n%s\n\n%s\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n' % (
        head, message, filename, L[1], link, L[2], L[3])
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;font-family:'Segoe UI','Segoe UI Web (West European)',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table role="presentation" width="100%%" style="max-width:552px;border:1px solid #e1dfdd" cellpadding="0" cellspacing="0">
<tr><td style="padding:28px 32px 12px 32px;font-size:24px;font-weight:600;color:#242424">%s</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:14px;color:#242424;line-height:20px">%s</td></tr>
<tr><td style="padding:0 32px 16px 32px"><table role="presentation" cellpadding="0" cellspacing="0" width="100%%" style="border:1px solid #e1dfdd;border-radius:4px"><tr>
<td width="48" style="padding:12px;background:#c43e1c;color:#ffffff;font-size:12px;font-weight:bold;text-align:center">%s</td>
<td style="padding:12px;font-size:14px;color:#242424">%s</td></tr></table></td></tr>
<tr><td style="padding:0 32px 24px 32px"><a href="%s" style="background:#0f6cbd;color:#ffffff;text-decoration:none;font-size:14px;font-weight:600;padding:8px 20px;border-radius:4px;display:inline-block">%s</a></td></tr>
<tr><td style="padding:12px 32px;font-size:12px;color:#616161;border-top:1px solid #e1dfdd">%s<br><br><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">%s</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
""" % (E(head), E(message).replace('\n', '<br>'), E(kind), E(filename), E(link), E(L[1]), E(L[2]), E(L[3]))
    return text, html
