"""Business (genuine) messages, Russian (37-40)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids, archive
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, d_paren, epoch, local
import company


def kontur(m, frm, rcpt, subject, when, body, sub='kontur.ru'):
    host = 'mx-out%d.kontur.ru' % m.between(1, 4)
    ip = '203.0.113.%d' % m.between(150, 160)
    t1 = m.later(when, 1, 3)
    env = 'bounce-%s@%s' % (m.hex(12), sub)
    m.connect(host, host, ip, env, rcpt, m.later(t1, 1, 2))
    m.dmarc = ('pass', 'reject', frm[1].split('@')[1])
    m.headers = [('DKIM-Signature', m.dkim(frm[1].split('@')[1], 'kontur', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=epoch(t1))),
                 P.postfix_rcv(m, 'notify-%s.skbkontur.ru' % m.alnum(6).lower(), None, '10.33.%d.%d' % (m.between(1, 250), m.between(1, 250)), host, t1, rcpt, tls='1.2'),
                 ('Date', d_std(when)), ('From', '%s <%s>' % (hdr_text(frm[0], 'utf-8', 'B'), frm[1])), ('To', rcpt),
                 ('Message-ID', '<%s@%s>' % (m.guid(), frm[1].split('@')[1])), ('Subject', hdr_text(subject, 'utf-8', 'B')),
                 ('MIME-Version', '1.0'), ('@MIME', None), ('Auto-Submitted', 'auto-generated')]
    m.body = body


@msg('business', '37', 'ru', 'kontur-extern-trebovanie-ifns')
def b37(m):
    when = local('RU', 2026, 11, 18, 11, 2, 36)
    url = 'https://extern.kontur.ru/ft/%s/requirements' % m.guid()
    text = """Контур.Экстерн

Поступило требование из налоговой

Организация: ООО «Экзампл Лайв Рус», ИНН 7703912846, КПП 770301001
Отправитель: ИФНС России № 3 по г. Москве
Документ: Требование о представлении пояснений (ст. 88 НК РФ), НДС за 3 квартал 2026 г.
Дата поступления: 18.11.2026

Квитанцию о приеме требования нужно отправить в течение 6 рабочих дней, ответ — в течение 5 рабочих дней после отправки квитанции.

Посмотреть требование и отправить квитанцию можно в Контур.Экстерне:
%s

Это автоматическое уведомление сервиса Контур.Экстерн. Требования от ФНС поступают только через оператора ЭДО и никогда не приходят в виде архивов по электронной почте.
АО «ПФ «СКБ Контур»""" % url
    paras = text.split('\n\n')
    html = brand_html('Поступило требование из налоговой', paras[2:4], color='#e3262b', brand='Контур.Экстерн', button=('Открыть требование', url),
                      footer=[paras[-1]], lang='ru', charset='utf-8')
    b1 = '----=_Part_%d_%d.%d' % (m.between(100000, 999999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % b1)],
                 [B.text_part(text, 'plain', 'utf-8', 'base64'), B.html_part(html, 'utf-8', 'base64')], b1)
    kontur(m, ('Контур.Экстерн', 'noreply@kontur.ru'), 'dmitry.volkov@example.com', 'Поступило требование из ИФНС России № 3 по г. Москве', when, body)
    m.meta.update(
        what='Genuine Kontur.Extern (accredited tax-EDI operator) notification that the tax office sent a demand for explanations on the Q3 VAT return.',
        why='Real operator domain kontur.ru (DMARC reject passing), link only to extern.kontur.ru, no attachment; this is the legal channel for ФНС demands, and the message itself says they never arrive as e-mail archives.',
        hard_neg=dict(attacks=['37-ru'], topic='tax office demand (требование ФНС)', diff='Delivered via the EDI operator portal, not as a password archive with an .exe.'))


@msg('business', '38', 'ru', 'diadok-upd-svetotekhnika-genuine')
def b38(m):
    when = local('RU', 2026, 11, 16, 10, 27, 5)
    url = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&entityId=%s' % (m.guid(), m.guid(), m.guid())
    inn = ids.ru_inn10('772946183')
    text = """Диадок

Вам поступил документ на подпись

Отправитель: ООО «Светотехника-Про», ИНН %s
Получатель: ООО «Экзампл Лайв Рус»
Документ: УПД № 1187 от 13.11.2026
Сумма: 512 400,00 руб., в т.ч. НДС 22%%

Открыть документ: %s

--
С уважением, команда Диадока
Вы получили это письмо, потому что подписаны на уведомления о входящих документах. Настроить уведомления можно в профиле Диадока.""" % (inn, url)
    paras = text.split('\n\n')
    html = brand_html('Вам поступил документ на подпись', [paras[2]], color='#2a7ae2', brand='Диадок', button=('Открыть документ', url),
                      footer=[paras[-1]], lang='ru', charset='utf-8')
    b1 = '----=_Part_%d_%d.%d' % (m.between(100000, 999999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % b1)],
                 [B.text_part(text, 'plain', 'utf-8', 'quoted-printable'), B.html_part(html, 'utf-8', 'quoted-printable')], b1)
    kontur(m, ('Диадок', 'noreply@diadoc.kontur.ru'), 'olga.smirnova@example.com', 'Новый документ от ООО «Светотехника-Про»: УПД № 1187', when, body,
           sub='diadoc.kontur.ru')
    m.meta.update(
        what='Genuine Diadoc EDI notification: the lighting supplier sent its УПД (universal transfer document) for signature.',
        why='Sent by Kontur from diadoc.kontur.ru (DMARC pass), link to diadoc.kontur.ru, matches a real delivery (see invoice 1187 in 39-ru), no deadline threat.',
        hard_neg=dict(attacks=['38-ru'], topic='Diadoc document notification', diff='diadoc.kontur.ru instead of diadoc-kontur.ru, normal amount matching the invoice.'))


@msg('business', '39', 'ru', 'svetotekhnika-schet-gost-qr-sberbank')
def b39(m):
    when = local('RU', 2026, 11, 13, 14, 35, 50)
    bik = '044525225'
    corr = '30101810400000000225'
    acc = company.SVET_ACC
    inn = ids.ru_inn10('772946183')
    purpose = 'Оплата по счету № 1187 от 13.11.2026 за аренду светового оборудования, в т.ч. НДС 22% 92400.00'
    payload = ('ST00012|Name=ООО «Светотехника-Про»|PersonalAcc=%s|BankName=ПАО Сбербанк|BIC=%s|CorrespAcc=%s|PayeeINN=%s|KPP=772901001|'
               'Purpose=%s|Sum=%d' % (acc, bik, corr, inn, purpose, 51240000))
    mat, _, _ = Q.encode(payload)
    m.qr_expect.append(payload)
    pdf = doc_pdf(m, '1С:Предприятие 8.3', when, 'ООО «Светотехника-Про»',
                  ['109316, г. Москва, Волгоградский пр-т, д. 42, корп. 5 · ИНН %s · КПП 772901001' % inn], (200, 120, 0),
                  ['Покупатель: ООО «Экзампл Лайв Рус»', 'ИНН 7703912846, КПП 770301001', '125009, г. Москва, ул. Большая Дмитровка, д. 32, стр. 1'],
                  [('Счёт №', '1187'), ('от', '13.11.2026'), ('Оплатить до', '20.11.2026')],
                  'Счёт на оплату № 1187 от 13.11.2026',
                  ['Банк получателя: ПАО Сбербанк, БИК %s, к/с %s' % (bik, corr),
                   'Получатель: ООО «Светотехника-Про», ИНН %s, КПП 772901001, р/с %s' % (inn, acc)],
                  table=(['№', 'Товары (работы, услуги)', 'Кол-во', 'Цена', 'Сумма'], [25, 250, 55, 75, 78], ['l', 'l', 'r', 'r', 'r'],
                         [['1', 'Аренда светового оборудования, концерт 14.11.2026, ВТБ Арена', '1', '420 000,00', '420 000,00']]),
                  totals=[('Итого без НДС:', '420 000,00', False), ('НДС 22%:', '92 400,00', False), ('Всего к оплате:', '512 400,00', True)],
                  qr=(mat, payload), qr_caption=['QR-код для оплаты'],
                  sign=['Генеральный директор ____________ Кузнецов А. В.', 'Главный бухгалтер ____________ Орлова Н. С.'],
                  footer=[['ООО «Светотехника-Про»', 'svetotekhnika-pro.ru']], doc_title='Счет 1187')
    text = """Дмитрий, добрый день!

Направляю счёт № 1187 от 13.11.2026 на аренду света для концерта 14 ноября. Реквизиты прежние (Сбербанк), QR-код для оплаты в счёте. УПД отправим через Диадок после концерта.

--
С уважением,
Андрей Кузнецов
Руководитель проектов
ООО «Светотехника-Про»
+7 (495) 182-40-70"""
    tp = B.text_part(text, 'plain', 'windows-1251', 'quoted-printable')
    hp = B.html_part(B.outlook_html(text, 'windows-1251', 'RU', 'Calibri'), 'windows-1251', 'quoted-printable')
    b0 = P.outlook_nextpart(m, 1, when)
    alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b0)], [tp, hp], b0)
    att = B.attachment(pdf, 'application/pdf', 'Счет №1187 от 13.11.2026.pdf', 'outlook', when=when, charset='windows-1251', enc='B')
    b1 = P.outlook_nextpart(m, 0, when)
    body = Multi([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % b1)], [alt, att], b1, 'This is a multipart message in MIME format.')
    n = m.between(100, 999)
    host = 'forward%da.mail.yandex.net' % (n % 300)
    ip = '178.154.239.%d' % m.between(70, 220)
    t1 = m.later(when, 1, 2)
    snd = ('Андрей Кузнецов', 'a.kuznetsov@svetotekhnika-pro.ru')
    m.connect(host, host, ip, snd[1], 'dmitry.volkov@example.com', m.later(t1, 0, 2))
    m.dmarc = ('pass', 'quarantine', 'svetotekhnika-pro.ru')
    h = []
    h.append(('Received', 'from mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net [IPv6:2a02:6b8:c1c:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <dmitry.volkov@example.com>; %s' % (
        n, n, m.hex(4), m.hex(4), host, m.alnum(12), d_std(t1))))
    h.append(('Received', 'by mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (
        n, m.alnum(10), m.alnum(8), d_std(when))))
    h.append(('X-Yandex-Fwd', '1'))
    h.append(('DKIM-Signature', m.dkim('svetotekhnika-pro.ru', 'mail', 'From:To:Subject:Message-Id:Date', t=epoch(when))))
    h += outlook_smtp_headers(m, snd, [S('Dmitry Volkov')], 'Счёт № 1187 от 13.11.2026 (концерт 14.11)', when, charset='windows-1251', lang='ru')
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+7 (495) 182-40-70']
    m.facts['account'] = ['р/с %s, БИК %s, к/с %s (ПАО Сбербанк, on file)' % (acc, bik, corr)]
    m.meta.update(
        what='Genuine invoice from the Moscow lighting supplier (Outlook via Yandex 360) with the GOST R 56042 payment QR to the Sberbank account on file.',
        why='Correct domain svetotekhnika-pro.ru with DKIM/DMARC pass, "реквизиты прежние", QR payload and printed account identical to the master data, follow-up УПД via Diadoc.',
        hard_neg=dict(attacks=['39-ru'], topic='Russian supplier invoice with payment QR', diff='Real domain and unchanged Sberbank account; the attack used svetotehnika-pro.ru and a new T-Bank account.'))


@msg('business', '40', 'ru', 'vnutrennee-sberbiznes-preduprezhdenie-koi8')
def b40(m):
    when = local('RU', 2026, 10, 30, 9, 12, 18)
    text = """Ольга, доброе утро!

Вчера тебе пришло письмо "СберБизнес" с HTML-вложением про продление сертификата - это фишинг, его не открывать. Lukas из Гамбурга уже заблокировал отправителя.

Сертификат электронной подписи в СберБизнес я продлил ещё в понедельник прямо в интернет-банке (раздел "Сертификаты"), банк для этого никогда не присылает формы во вложениях и не просит код из СМС по почте.

Если придёт что-то похожее - пересылай сразу в it-servicedesk@example.com.

Спасибо!
Дмитрий

--
Дмитрий Волков
Главный бухгалтер
ООО "Экзампл Лайв Рус"
ул. Большая Дмитровка, д. 32, стр. 1, Москва
Тел. +7 (495) 236-18-40"""
    body = B.text_part(text, 'plain', 'koi8-r', '8bit')
    P.exchange_internal(m, S('Dmitry Volkov'), [S('Olga Smirnova')], 'Письмо "СберБизнес" - фишинг', when, body,
                        lang='ru-RU', accept='ru-RU, en-US', cc=[S('Lukas Neumann')], subj_charset='koi8-r', name_charset='koi8-r')
    m.facts['phone'] = ['+7 (495) 236-18-40']
    m.meta.update(
        what='Genuine internal plain-text mail in KOI8-R (Outlook, Russian locale) warning a colleague that yesterday\'s "СберБизнес" certificate mail was phishing; the certificate was renewed inside the online bank.',
        why='Internal Exchange route between Moscow colleagues, IT security in CC, no link or attachment; phishing vocabulary in a warning context.',
        hard_neg=dict(attacks=['40-ru'], topic='СберБизнес certificate renewal', diff='Internal warning about the lure; no form, no link, no credentials.'))
