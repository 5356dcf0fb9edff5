# -*- coding: utf-8 -*-
"""Genuine business mail, English (09-16)."""
from .common import *  # noqa: F401,F403
from .common import S, ACC, H, loc, ol_alt, outlook_html, ol_p, pdf_doc, ics_dt, ics_fold, sig_en
from .orgs import PEN, NORTH
from lib import util, checks as K, archive, systems as SY
from lib.message import scenario
from .att_en import docusign_html


def sig_pen(who):
    if who == "hughes":
        return ("Kind regards,\n\nOliver Hughes\nCategory Buyer – Water, Soft Drinks & Mixers\nPennine Drinks Wholesale Ltd\n"
                "%s, %s\nT %s | M 07700 900 418\noliver.hughes@penninedrinks.co.uk\n\n"
                "Registered in England & Wales No. %s | VAT %s\n" % (PEN["street"], PEN["city"], PEN["tel"], PEN["crn"], PEN["vat"]))
    return ("Many thanks,\n\nEmma Clarke\nAccounts Payable\nPennine Drinks Wholesale Ltd\nT %s\n" % PEN["tel"])


# ---------------------------------------------------------------------------------------------
@scenario("business", 9, "en", "docusign-pennine-supply-agreement")
def b09(m):
    m.at("UK", 2026, 12, 7, 10, 31)
    m.mua = "generic"
    env = util.guid(m.rng)
    acct = util.guid(m.rng)
    er = util.guid(m.rng)
    link = m.url("https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env, acct, er))
    code = util.hexs(m.rng, 32, True)
    m.fact("ids", ("DocuSign security code", code))
    msg = ("Hi Daniel,\n\nAs discussed on Thursday, please find the 2027 supply agreement for DocuSign. Emma Clarke (Accounts) "
           "is copied for the payment terms schedule.\n\nThanks,\nOliver")
    html = docusign_html("Oliver Hughes", "oliver.hughes@penninedrinks.co.uk", "Supply Agreement 2027", msg, link)
    html = html.replace("</table></td></tr></table></body></html>",
                        '<tr><td style="padding:12px 24px 24px 24px;font-size:11px;color:#666666"><b>Alternate Signing Method</b><br>'
                        'Visit DocuSign.com, click \'Access Documents\', and enter the security code:<br>%s<br><br>'
                        '<b>About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.</td></tr>'
                        '</table></td></tr></table></body></html>' % code)
    plain = ("Oliver Hughes sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\nOliver Hughes\n"
             "oliver.hughes@penninedrinks.co.uk\n\n%s\n\nDo Not Share This Email\nThis email contains a secure link to Docusign. "
             "Please do not share this email, link, or access code with others.\n\nAlternate Signing Method\nVisit DocuSign.com, "
             "click 'Access Documents', and enter the security code:\n%s\n" % (link, msg, code))
    body = m.alt(m.plain(plain, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"))
    m.msgid = "<%s@docusign.net>" % util.hexs(m.rng, 32)
    m.send(body, ("Oliver Hughes via Docusign", "dse@eumail.docusign.net"), [S["export"]],
           "Complete with Docusign: Pennine Drinks - Example Group UK Supply Agreement 2027.pdf",
           SY.platform_mta("mailfra1.eumail.docusign.net", "185.81.100.%d" % m.rng.randrange(20, 60),
                           dkim_list=[("eumail.docusign.net", "mail", "From:To:Subject:Date:Message-ID:Content-Type:MIME-Version:Reply-To"),
                                      ("docusign.net", "s1", "From:To:Subject:Date:Message-ID:Content-Type:MIME-Version:Reply-To")],
                           inner_received=lambda mm, t: "from docusign.net (unknown [10.10.91.%d]) by mailfra1.eumail.docusign.net\n\t(Postfix) with ESMTP id %s; %s"
                           % (mm.rng.randrange(2, 250), util.postfix_short_qid(mm.rng), util.rfc2822(t, "UTC"))),
           reply_to=("Oliver Hughes", "oliver.hughes@penninedrinks.co.uk"), env_from="bounces@eumail.docusign.net",
           cc=[])
    m.what = "Genuine Docusign envelope from the UK customer's buyer: 2027 supply agreement to sign, with security code."
    m.why = ("Sent by Docusign's EU platform (eumail.docusign.net, DKIM docusign.net, DMARC pass), link to eu.docusign.net "
             "with envelope/account IDs and an alternate access code, expected after the agreed contract round, reply-to "
             "the known buyer.")
    m.pair = ([9, 20], "e-signature request", "Compare sender domain and link host: docusign.net/eu.docusign.net here, a SendGrid click-tracker on esign-notification.com in attack/09; attack/20 uses the real Acrobat Sign but is not initiated by the contract partner.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 10, "en", "pennine-teams-meeting-invite")
def b10(m):
    m.at("UK", 2026, 11, 4, 16, 5)
    m.mua = "m365"
    m.m365_pref = "uk"
    start = util.from_local("UK", 2026, 11, 12, 10, 0, 0)
    end = util.plus(start, 3600)
    mid = "19%3ameeting_" + util.b64url(m.rng, 42).replace("-", "x").replace("_", "y") + "%40thread.v2"
    join = m.url("https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
                 % (mid, PEN["tenant"], util.guid(m.rng)))
    meeting_id = "%d %d %d %d" % (m.rng.randrange(100, 999), m.rng.randrange(100, 999), m.rng.randrange(100, 999), m.rng.randrange(100, 999))
    passcode = util.alnum(m.rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    m.fact("ids", ("Teams meeting ID / passcode", meeting_id + " / " + passcode))
    help_url = m.url("https://aka.ms/JoinTeamsMeeting?omkt=en-GB")
    opts = m.url("https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-GB"
                 % (util.guid(m.rng), PEN["tenant"], util.b64url(m.rng, 30)))
    text = ("Hi Daniel, hi Sarah,\n\n"
            "As promised, here's the invite for the 2027 range review. Agenda: volumes for the own-label 1.5 l still, "
            "the sparkling 0.5 l promo in Q2, and pallet configuration for the new Hull depot.\n\n"
            "Speak soon,\nOliver\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin: %s\nMeeting ID: %s\nPasscode: %s\n"
            "Need help? %s\nMeeting options: %s\n"
            "________________________________________________________________________________\n" % (join, meeting_id, passcode, help_url, opts))
    html_inner = ol_p("Hi Daniel, hi Sarah,\n\nAs promised, here's the invite for the 2027 range review. Agenda: volumes for the own-label 1.5 l still, "
                      "the sparkling 0.5 l promo in Q2, and pallet configuration for the new Hull depot.\n\nSpeak soon,\nOliver") + (
        '<div style="max-width:1024px"><p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>'
        '<p class="MsoNormal" style="margin-bottom:4.5pt"><b><span style="font-size:18.0pt;color:#242424">Microsoft Teams</span></b> '
        '<a href="%s"><span style="color:#5B5FC7">Need help?</span></a></p>'
        '<p class="MsoNormal"><a href="%s"><b><span style="font-size:15.0pt;color:#5B5FC7">Join the meeting now</span></b></a></p>'
        '<p class="MsoNormal"><span style="font-size:10.5pt;color:#616161">Meeting ID: </span><span style="font-size:12.0pt;color:#242424">%s</span><br>'
        '<span style="font-size:10.5pt;color:#616161">Passcode: </span><span style="font-size:12.0pt;color:#242424">%s</span></p>'
        '<p class="MsoNormal"><span style="font-size:10.5pt;color:#616161">For organisers: </span><a href="%s"><span style="font-size:10.5pt;color:#5B5FC7">Meeting options</span></a></p>'
        '<p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p></div>'
        % (H(help_url), H(join), meeting_id, passcode, H(opts)))
    uid = "040000008200E00074C5B7101A82E00800000000" + util.hexs(m.rng, 48, True)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VTIMEZONE\nTZID:GMT Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\n"
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T010000\nTZOFFSETFROM:+0000\n"
           "TZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nORGANIZER;CN=Oliver Hughes:mailto:oliver.hughes@penninedrinks.co.uk\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Hartmann:mailto:daniel.hartmann@examplegroup.eu\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Thompson:mailto:sarah.thompson@examplegroup.eu\n"
           "DESCRIPTION;LANGUAGE=en-GB:Agenda: own-label 1.5 l still volumes\\, Q2 sparkling promo\\, Hull depot pallets\\n\\nJoin: %s\\nMeeting ID: %s\\nPasscode: %s\\n\n"
           "UID:%s\nSUMMARY;LANGUAGE=en-GB:Pennine x Example Group – 2027 range review\n"
           "DTSTART;TZID=GMT Standard Time:%s\nDTEND;TZID=GMT Standard Time:%s\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:%s\n"
           "TRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting\n"
           "X-MICROSOFT-CDO-APPT-SEQUENCE:0\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\n"
           "X-MICROSOFT-SKYPETEAMSMEETINGURL:%s\nX-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:oliver.hughes@penninedrinks.co.uk\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!%s\n"
           "BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR"
           % (join, meeting_id, passcode, uid, ics_local("UK", start), ics_local("UK", end), ics_dt(m.date), join, util.hexs(m.rng, 32)))
    cal = m.plain(ics_fold(ics).replace("\r\n", "\n"), "utf-8", "base64")
    cal.headers[0] = ("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST')
    cal.meta["subtype"] = "calendar"
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(outlook_html(html_inner, "utf-8", "en"), "utf-8", "quoted-printable"), cal)
    m.send(body, PEN["hughes"], [S["export"], S["uk_om"]], "Pennine x Example Group – 2027 range review",
           SY.mimecast_m365("penninedrinks.co.uk", tenant_id=PEN["tenant"]))
    m.what = "Teams meeting invitation (ICS) from the UK customer's buyer for the 2027 range review on 12 Nov."
    m.why = ("Customer's own tenant behind Mimecast (DKIM/SPF/DMARC pass), ordinary Teams join link on teams.microsoft.com "
             "with meeting ID/passcode, meeting a week ahead, concrete business agenda; no sign-in code to type anywhere.")
    m.pair = ([10], "Microsoft Teams meeting", "A real invite carries a teams.microsoft.com meetup-join link and passcode; the attack replaces it with microsoft.com/devicelogin and a code, which authorises a device rather than joining a meeting.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 11, "en", "microsoft-entra-users-at-risk")
def b11(m):
    m.at("UK", 2026, 11, 10, 14, 41)
    m.mua = "generic"
    tenant = "5d2f8c17-0b4e-4a91-9c63-e8a1f47b2d05"
    l1 = m.url("https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers/fromNav/")
    l2 = m.url("https://go.microsoft.com/fwlink/?linkid=2206541")
    l3 = m.url("https://go.microsoft.com/fwlink/?LinkId=521839")
    text = ("Microsoft Entra ID Protection\n\n"
            "Users at risk detected\n\n"
            "We detected 1 user(s) at risk in your organization Example Group (%s).\n\n"
            "User: Daniel Hartmann (daniel.hartmann@examplegroup.eu)\nRisk level: High\nDetection: Anomalous token, "
            "Unfamiliar sign-in properties\nLast updated (UTC): 2026-11-10 14:37\n\n"
            "To review the users at risk and take action, go to: %s\n\n"
            "Learn more about investigating risk: %s\n\n"
            "You are receiving this email because you are a member of the Security Administrator role.\n"
            "Privacy statement: %s\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n" % (tenant, l1, l2, l3))
    html = ('<html><body style="font-family:Segoe UI,Tahoma,Arial,sans-serif;color:#323130;margin:0"><table width="640" cellpadding="0" cellspacing="0">'
            '<tr><td style="padding:24px 32px 8px 32px;font-size:14px;color:#605e5c">Microsoft Entra ID Protection</td></tr>'
            '<tr><td style="padding:0 32px;font-size:28px;font-weight:600">Users at risk detected</td></tr>'
            '<tr><td style="padding:16px 32px;font-size:14px;line-height:20px">We detected <b>1</b> user(s) at risk in your organization '
            '<b>Example Group</b> (%s).<br><br><table cellpadding="4" style="font-size:14px;border-collapse:collapse">'
            '<tr><td style="color:#605e5c">User</td><td>Daniel Hartmann (daniel.hartmann@examplegroup.eu)</td></tr>'
            '<tr><td style="color:#605e5c">Risk level</td><td style="color:#a4262c"><b>High</b></td></tr>'
            '<tr><td style="color:#605e5c">Detection</td><td>Anomalous token, Unfamiliar sign-in properties</td></tr>'
            '<tr><td style="color:#605e5c">Last updated (UTC)</td><td>2026-11-10 14:37</td></tr></table><br>'
            '<a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;font-weight:600">Review users at risk</a><br><br>'
            '<a href="%s" style="color:#0078d4">Learn more about investigating risk</a></td></tr>'
            '<tr><td style="padding:16px 32px;font-size:12px;color:#605e5c;border-top:1px solid #edebe9">You are receiving this email because you are a member '
            'of the Security Administrator role.<br><a href="%s" style="color:#605e5c">Privacy statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>'
            '</table></body></html>' % (tenant, H(l1), H(l2), H(l3)))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "base64"))
    m.msgid = "<%s@az.northeurope.production.microsoft.com>" % util.guid(m.rng)
    m.send(body, ("Microsoft Entra ID Protection", "azure-noreply@microsoft.com"), [S["sec"]],
           "Users at risk detected", SY.m365(domain="microsoft.com", dkim_dom="microsoft.com", dkim_sel="s1024-meo", nam=True, lang="en-US"),
           date_tz="UTC")
    m.what = ("Microsoft Entra ID Protection alert to the security administrator: Daniel Hartmann flagged high-risk "
              "(anomalous token) on 10 Nov, shortly after the device-code lure in attack/10.")
    m.why = ("Real Microsoft notification (microsoft.com DKIM via Microsoft outbound, DMARC pass) addressed to the role holder; "
             "links only to entra.microsoft.com and go.microsoft.com, no credential request, content matches a real incident.")
    m.pair = ([10, 11, 21], "Microsoft security / account notices", "Genuine alerts link to entra.microsoft.com and never ask to verify a mailbox or enter a code; the lures imitate Microsoft wording but send you to forms, consent prompts or device login.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 12, "en", "northgate-xero-invoice-renewal")
def b12(m):
    m.at("UK", 2026, 11, 2, 9, 15)
    m.mua = "javamail"
    iban = m.iban(ACC["northgate"], "Northgate IT Solutions Ltd – genuine account, Barclays")
    token = util.b64url(m.rng, 24)
    link = m.url("https://in.xero.com/%s" % token)
    phone = m.phone(NORTH["tel"])
    text = ("Hi James,\n\n"
            "Here's invoice INV-4821 for GBP 1,146.00.\n\n"
            "The amount outstanding of GBP 1,146.00 is due on 30 Nov 2026.\n\n"
            "View your bill online: %s\n\n"
            "From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.\n\n"
            "This covers the annual renewal of your Sophos Intercept X Advanced licences (25 seats) and the November "
            "managed backup service. If you have any questions, please let us know – service desk %s.\n\n"
            "Thanks,\nNorthgate IT Solutions Ltd\n" % (link, phone))
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#000"><p>Hi James,</p><p>Here\'s invoice INV-4821 for GBP 1,146.00.</p>'
            '<p>The amount outstanding of GBP 1,146.00 is due on 30 Nov 2026.</p><p><a href="%s" style="background:#13b5ea;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">View your bill</a></p>'
            '<p>From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.</p>'
            '<p>This covers the annual renewal of your Sophos Intercept X Advanced licences (25 seats) and the November managed backup service. '
            'If you have any questions, please let us know – service desk %s.</p><p>Thanks,<br>Northgate IT Solutions Ltd</p></body></html>' % (H(link), phone))
    d = pdf_doc("helv", producer="Xero", creator="Xero", title="Invoice INV-4821", when=util.plus(m.date, -60), tz_min=0)
    d.letterhead("TAX INVOICE", ["Northgate IT Solutions Ltd · %s · %s" % (NORTH["street"], NORTH["city"]), "VAT Number: %s" % NORTH["vat"]],
                 color=(0.07, 0.71, 0.92), right_lines=("Invoice Number INV-4821", "Invoice Date 2 Nov 2026", "Reference PO-UK-2026-077"))
    d.para("Example Group UK Ltd\nAttention: Accounts Payable\nUnit 7, Barton Dock Road\nTrafford Park\nManchester M41 7BQ", 10)
    d.space(8)
    d.table(["Description", "Quantity", "Unit Price", "VAT", "Amount GBP"],
            [["Sophos Intercept X Advanced – annual renewal (per user)", "25.00", "31.20", "20%", "780.00"],
             ["Managed backup service – November 2026", "1.00", "175.00", "20%", "175.00"]],
            [230, 60, 65, 40, 88], ["l", "r", "r", "r", "r"])
    d.kv([("Subtotal", "955.00"), ("Total VAT 20%", "191.00"), ("TOTAL GBP", "1,146.00")], keyw=330)
    d.para("Due Date: 30 Nov 2026", 10, True)
    d.para("Payment details: Barclays Bank · Sort code 20-32-14 · Account 63810245 · IBAN %s · BIC BARCGB22" % K.iban_fmt(iban), 9)
    d.para("Please use INV-4821 as your payment reference. Questions? Service desk %s." % phone, 9)
    pdfb = d.build()
    body = m.mixed(m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable")),
                   m.attach(pdfb, "application/pdf", "Invoice INV-4821.pdf", style="generic"))
    m.send(body, ("Northgate IT Solutions Ltd", "messaging-service@post.xero.com"), [S["uk_acc"]],
           "Invoice INV-4821 from Northgate IT Solutions Ltd for Example Group UK Ltd",
           SY.ses("eu-west-1", custom_dkim=("post.xero.com", "xeropost2024")),
           reply_to=("Northgate IT Solutions Ltd", "accounts@northgate-it.co.uk"),
           env_from="0102019a4b7c12ef-d1a8e230-7f41-4c5b-9e02-6b3f8ad4c711-000000@bounce.post.xero.com")
    m.what = ("Xero invoice INV-4821 from the UK office's IT reseller: annual Sophos licence renewal and managed backup, "
              "GBP 1,146.00, PDF attached, service-desk phone.")
    m.why = ("Real Xero sending path (post.xero.com DKIM, SES), known supplier with matching PO reference, reply-to the "
             "supplier's own domain, bank details at a UK clearing bank in their name; the phone number is an ordinary "
             "service desk, nothing asks you to call to cancel.")
    m.pair = ([12], "licence renewal invoice with a phone number", "A renewal from a known reseller with PO reference versus an unsolicited 'renewed' subscription whose only purpose is to make you call a refund line.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 13, "en", "companies-house-confirmation-statement-due")
def b13(m):
    m.at("UK", 2026, 10, 22, 7, 2)
    m.mua = "generic"
    link = m.url("https://find-and-update.company-information.service.gov.uk/company/11873402")
    link2 = m.url("https://www.gov.uk/guidance/confirmation-statement-guidance")
    text = ("Companies House\n\n"
            "Confirmation statement due\n\n"
            "Company name: EXAMPLE GROUP UK LTD\nCompany number: 11873402\n\n"
            "Your company's confirmation statement is due by 18 November 2026.\n\n"
            "You can file your confirmation statement online:\n%s\n\n"
            "You'll need your company authentication code, or to sign in with GOV.UK One Login if you have linked your account.\n\n"
            "There's a £50 fee to file a confirmation statement online.\n\n"
            "Guidance: %s\n\n"
            "Companies House\n" % (link, link2))
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:0;color:#0b0c0c">'
            '<table role="presentation" width="100%%" style="background:#0b0c0c"><tr><td style="padding:10px 15px"><span style="color:#fff;font-size:28px;font-weight:700">GOV.UK</span></td></tr></table>'
            '<table role="presentation" width="580" align="center"><tr><td style="padding:15px 10px;font-size:19px;line-height:1.315789">'
            '<p>Companies House</p><h1 style="font-size:24px">Confirmation statement due</h1>'
            '<p>Company name: EXAMPLE GROUP UK LTD<br>Company number: 11873402</p>'
            '<p>Your company&#39;s confirmation statement is due by 18 November 2026.</p>'
            '<p>You can file your confirmation statement online:<br><a href="%s" style="color:#1d70b8">%s</a></p>'
            '<p>You&#39;ll need your company authentication code, or to sign in with GOV.UK One Login if you have linked your account.</p>'
            '<p>There&#39;s a &pound;50 fee to file a confirmation statement online.</p>'
            '<p>Guidance: <a href="%s" style="color:#1d70b8">%s</a></p></td></tr></table></body></html>' % (H(link), H(link), H(link2), H(link2)))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"))
    m.msgid = "<%s@eu-west-2.amazonses.com>" % ("0100019" + util.hexs(m.rng, 9) + "-" + util.guid(m.rng) + "-000000")
    m.send(body, ("Companies House", "noreply@notifications.service.gov.uk"), [S["uk_acc"]],
           "Confirmation statement due - EXAMPLE GROUP UK LTD",
           SY.ses("eu-west-1", custom_dkim=("notifications.service.gov.uk", "hgwp5fk4u8ys2evgyr6mbjqoe6d6bq5a")),
           env_from="0102019a6f2c1d8e-4b3a9e17-2c05-4f7d-a8b1-0e93c5d2f6a4-000000@eu-west-1.amazonses.com")
    m.what = ("GOV.UK Notify reminder from Companies House that the UK subsidiary's confirmation statement is due by "
              "18 November 2026.")
    m.why = ("Sent through GOV.UK Notify (DKIM notifications.service.gov.uk, DMARC pass), links only to "
             "company-information.service.gov.uk and gov.uk, no payment link or penalty threat, matches the real filing cycle.")
    m.pair = ([13], "UK company register notice", "Genuine reminder before the due date with gov.uk links; the attack claims a penalty after the date and links to a look-alike payment site.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 14, "en", "pennine-rfq-own-label-2027-xlsx")
def b14(m):
    m.at("UK", 2026, 10, 16, 11, 22)
    m.mua = "m365"
    m.m365_pref = "uk"
    text = ("Hi Daniel,\n\n"
            "As mentioned at the trade show, we're tendering our own-label water for 2027 and would like Example Group "
            "to quote. The attached sheet has the SKUs, forecast volumes per quarter and delivery points (Leeds, Hull from "
            "April, and direct-to-store for the Manchester cash & carries).\n\n"
            "Key points:\n"
            "• Prices per case, DDP our depots, valid Jan–Dec 2027, with a fuel/PET indexation clause if you need one\n"
            "• UK DRS: please state how you'll handle the deposit labelling from October 2027\n"
            "• Payment terms 60 days EOM as per our current agreement\n\n"
            "Deadline for quotes is Friday 6 November. Please fill in the yellow cells and send it back to me directly; "
            "happy to jump on a call before then if anything's unclear.\n\n" + sig_pen("hughes"))
    rows = [["Pennine Drinks Wholesale Ltd – RFQ own-label water 2027", "", "", "", "", "", ""],
            ["SKU", "Description", "Pack", "Q1 cases", "Q2 cases", "Q3 cases", "Q4 cases", "Price / case GBP (DDP)"],
            ["PDW-W015S", "Still spring water 1.5 l PET", "6x1.5 l", 18000, 24000, 31000, 17000, ""],
            ["PDW-W050S", "Still spring water 0.5 l PET", "24x0.5 l", 22000, 30000, 41000, 20000, ""],
            ["PDW-W050G", "Sparkling natural mineral water 0.5 l PET", "24x0.5 l", 9000, 14000, 18000, 8000, ""],
            ["PDW-W033G", "Sparkling natural mineral water 0.33 l glass (HoReCa)", "24x0.33 l", 3000, 4500, 6000, 4000, ""],
            [], ["Delivery points: Leeds LS9 0SG; Hull HU9 5SN (from 04/2027); Manchester cash & carry (3 sites)"],
            ["Quotes to oliver.hughes@penninedrinks.co.uk by 06/11/2026"]]
    xl = archive.xlsx([("RFQ 2027", rows)], title="RFQ own-label water 2027", creator="Oliver Hughes")
    body = m.mixed(m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(outlook_html(ol_p(text), "utf-8", "en"), "utf-8", "quoted-printable")),
                   m.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Pennine_RFQ_2027_own-label_water.xlsx"))
    m.send(body, PEN["hughes"], [S["export"]], "RFQ – own-label still & sparkling water 2027",
           SY.mimecast_m365("penninedrinks.co.uk", tenant_id=PEN["tenant"]))
    m.what = "The UK customer's buyer invites a 2027 quote for own-label water; SKU/volume sheet as XLSX, deadline 6 Nov."
    m.why = ("Existing customer via its Mimecast/Microsoft 365 path (all checks pass), named buyer and concrete SKUs, "
             "plain spreadsheet (no macros, no password), asks to reply directly, refers to current agreement.")
    m.pair = ([14, 30, 36], "request for quotation / tender", "Real RFQs come from known buyers with open spreadsheets or PDFs; the attacks hide the 'documents' behind an HTML login page, a password-protected ZIP with scripts, or a Dropbox-hosted PDF that leads to a login page.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 15, "en", "pennine-supplier-newsletter-mailchimp")
def b15(m):
    m.at("UK", 2026, 12, 1, 7, 30)
    m.mua = "mailchimp"
    u = util.hexs(m.rng, 25)
    links = []

    def trk(label):
        url = "https://penninedrinks.us14.list-manage.com/track/click?u=%s&id=%s&e=%s" % (u, util.hexs(m.rng, 10), util.hexs(m.rng, 10))
        links.append(url)
        return m.url(url)
    l_xmas, l_drs, l_hull, l_portal, l_unsub, l_prefs = (trk(x) for x in range(6))
    l_view = m.url("https://mailchi.mp/penninedrinks/supplier-update-winter-2026?e=%s" % util.hexs(m.rng, 10))
    text = ("Pennine Drinks – Supplier Update, Winter 2026\n\nView this email in your browser: %s\n\n"
            "CHRISTMAS TRADING\nOrder cut-off for deliveries before Christmas is Friday 18 December, 12:00. Our depots close "
            "24 December at 14:00 and reopen 29 December. Read the full trading calendar: %s\n\n"
            "DEPOSIT RETURN SCHEME (DRS)\nThe UK-wide DRS for drinks containers starts in October 2027. We will ask all "
            "suppliers for their labelling plan by the end of Q1. Our summary of the guidance: %s\n\n"
            "NEW DEPOT IN HULL\nFrom April 2027 we will deliver the East Riding from our new Hull depot. Booking slots "
            "open in March: %s\n\n"
            "SUPPLIER PORTAL\nInvoices and delivery notes can be checked in the supplier portal: %s\n\n"
            "Pennine Drinks Wholesale Ltd, %s, %s\n"
            "You are receiving this because you are a registered supplier of Pennine Drinks.\n"
            "Update your preferences: %s | Unsubscribe: %s\n" % (l_view, l_xmas, l_drs, l_hull, l_portal, PEN["street"], PEN["city"], l_prefs, l_unsub))
    img = m.url("https://mcusercontent.com/%s/images/%s.png" % (u, util.guid(m.rng)))
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Supplier Update – Winter 2026</title></head>'
            '<body style="margin:0;padding:0;background:#f2f2f2"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:9px 18px;font-size:11px;color:#656565;text-align:right"><a href="%s" style="color:#656565">View this email in your browser</a></td></tr>'
            '<tr><td><img src="%s" width="600" alt="Pennine Drinks" style="display:block"></td></tr>'
            '<tr><td style="padding:18px;font-size:15px;line-height:22px;color:#202020"><h2 style="color:#1f4d3a">Christmas trading</h2>'
            'Order cut-off for deliveries before Christmas is <b>Friday 18 December, 12:00</b>. Our depots close 24 December at 14:00 and reopen 29 December. '
            '<a href="%s" style="color:#2baadf">Read the full trading calendar</a>'
            '<h2 style="color:#1f4d3a">Deposit Return Scheme (DRS)</h2>The UK-wide DRS for drinks containers starts in October 2027. We will ask all suppliers for their '
            'labelling plan by the end of Q1. <a href="%s" style="color:#2baadf">Our summary of the guidance</a>'
            '<h2 style="color:#1f4d3a">New depot in Hull</h2>From April 2027 we will deliver the East Riding from our new Hull depot. Booking slots open in March. '
            '<a href="%s" style="color:#2baadf">Depot details</a>'
            '<h2 style="color:#1f4d3a">Supplier portal</h2>Invoices and delivery notes can be checked in the <a href="%s" style="color:#2baadf">supplier portal</a>.</td></tr>'
            '<tr><td style="padding:18px;font-size:11px;line-height:16px;color:#656565;background:#fafafa">Pennine Drinks Wholesale Ltd, %s, %s<br>'
            'You are receiving this because you are a registered supplier of Pennine Drinks.<br><a href="%s" style="color:#656565">Update your preferences</a> | '
            '<a href="%s" style="color:#656565">Unsubscribe</a></td></tr></table></center></body></html>'
            % (H(l_view), H(img), H(l_xmas), H(l_drs), H(l_hull), H(l_portal), PEN["street"], PEN["city"], H(l_prefs), H(l_unsub)))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"))
    m.send(body, ("Pennine Drinks Wholesale", "news@penninedrinks.co.uk"), [S["export"]],
           "Supplier Update – Winter 2026: Christmas trading, DRS, new Hull depot",
           SY.mailchimp("penninedrinks.co.uk", "penninedrinks"),
           reply_to=("Pennine Drinks Supplier Team", "suppliers@penninedrinks.co.uk"),
           env_from="bounce-mc.us14_%d.%d-daniel.hartmann=examplegroup.eu@mail%d.suw13.mcdlv.net" % (m.rng.randrange(10 ** 7, 10 ** 8), m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(10, 250)))
    m.what = "Customer's supplier newsletter via Mailchimp: Christmas cut-off dates, UK deposit return scheme, new Hull depot."
    m.why = ("Mailchimp campaign from the customer's authenticated domain (DKIM penninedrinks.co.uk + mcdlv.net, List-ID, "
             "one-click unsubscribe), tracked links on list-manage.com, no requests for data or payment.")
    m.pair = ([5, 23, 24, 32], "bulk-service mail (tracked links, ESP infrastructure)", "Newsletters legitimately use ESPs and click-tracking; what differs in the attacks (Brevo/SendGrid look-alike senders) is the impersonated authority, the login/credential target and the deadline.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 16, "en", "ceo-uk-christmas-hampers")
def b16(m):
    m.at("DE", 2026, 11, 24, 10, 5)
    m.mua = "exchange"
    text = ("Hi Sarah,\n\n"
            "Katrin has approved the budget for the Christmas thank-you for the UK team: up to £60 per person for all 23 "
            "colleagues in Trafford Park, plus something a bit nicer (up to £150) for Pennine's and Lakeside's buyers.\n\n"
            "Could you order hampers through the usual supplier (Hamper & Co., same as last year) with a proper PO, "
            "delivery to the office by 15 December? Invoice to James as usual, cost centre 4100 UK Sales. No gift cards "
            "or vouchers please – our compliance rules and HMRC make those a hassle.\n\n"
            "If anything doesn't fit the budget, just give me a call or grab me in Thursday's Teams call.\n\n"
            "Thanks a lot and best regards\nMatthias\n\n"
            "Dr. Matthias Krüger\nChief Executive Officer\nExample Group GmbH · Am Quellenpark 3 · 61118 Bad Vilbel · Germany\n"
            "T +49 6101 5530-100\n")
    m.phone("+49 6101 5530-100")
    body = ol_alt(m, text, "en", "utf-8", "quoted-printable")
    m.lang_tag = "en-GB"
    m.send(body, S["ceo"], [S["uk_om"]], "Christmas hampers UK team – budget approved", SY.exchange_internal("EXCH01", "EXCH02"),
           cc=[S["uk_acc"], S["cfo"]], rcpt=[S["uk_om"][1], S["uk_acc"][1], S["cfo"][1]])
    m.what = ("CEO tells the UK office manager that the Christmas hamper budget is approved; order through the usual "
              "supplier with PO, invoice to the UK accountant, explicitly no gift cards.")
    m.why = ("Internal Exchange mail from the CEO's corporate address with CFO and accountant in copy, normal purchasing "
             "process and cost centre, invites a call; nothing secret, no codes to send back.")
    m.pair = ([16], "CEO asks the UK office to buy Christmas gifts", "Same requester and recipient; the genuine request uses PO, supplier and copies finance, the attack wants gift-card codes photographed and kept secret.")
