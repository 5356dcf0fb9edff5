"""business/37-40: Russian-language genuine mail."""
from datetime import datetime

from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.registry import message

from ._common import S, W, outlook_alt


@message('business', '37-ru-kontur-diadok-novyj-dokument')
def b37(m):
    m.when('2026-12-01 10:27:49', 'MSK')
    m.frm = ('Контур.Диадок', 'noreply@diadoc.kontur.ru')
    m.to = [S['acc_ru']]
    m.subject = 'Новый документ от ООО «СкладТехСервис»'
    r = m.rng
    m.msgid = '%s@diadoc.kontur.ru' % U.uuid4(r)
    box = U.uuid4(r)
    link = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s' % (box, U.uuid4(r), U.uuid4(r))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:'Segoe UI',Arial,sans-serif;color:#222;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 26px;font-size:20px;font-weight:bold;color:#2291ff;">Диадок</td></tr>
<tr><td style="padding:6px 26px 20px 26px;font-size:15px;line-height:23px;">
<p>Здравствуйте!</p>
<p>В ящик организации ООО «Экзампл Техника» пришёл документ от ООО «СкладТехСервис» (ИНН %s):</p>
<p style="background:#f2f7ff;padding:12px 16px;">УПД № 1432 от 30.11.2026<br>Сумма: 186 240,00 ₽, в т.ч. НДС 22%%<br>Статус: требуется подпись получателя</p>
<p><a href="%s" style="color:#2291ff;">Открыть документ в Диадоке</a></p>
<p style="font-size:13px;color:#666;">Уведомления можно настроить в разделе «Настройки → Уведомления».</p></td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#999;border-top:1px solid #eee;">АО «ПФ «СКБ Контур», diadoc.kontur.ru · Это письмо сформировано автоматически.</td></tr>
</table></td></tr></table></body></html>
""" % (W.STS_INN, link)
    plain = ('Здравствуйте!\n\nВ ящик организации ООО «Экзампл Техника» пришёл документ от ООО «СкладТехСервис» (ИНН %s):\nУПД № 1432 от 30.11.2026, '
             'сумма 186 240,00 ₽, требуется подпись получателя.\n\nОткрыть документ: %s\n' % (W.STS_INN, link))
    m.body = B.alt(B.text(plain, charset='utf-8', cte='base64'), B.html(html, charset='utf-8', cte='base64'), B.boundary(m, 'python'))
    m.dmarc_override['kontur.ru'] = 'reject'
    m.meta.update(
        what='Kontur.Diadok notification: UPD No. 1432 from the known partner СкладТехСервис awaits signature',
        why='Genuine EDI notification: sent by Kontur\'s own mailer for diadoc.kontur.ru (DKIM kontur.ru, DMARC pass), link to the real diadoc.kontur.ru box of the company, counterparty and amount match the ongoing relationship.',
        hn=(['38-ru-diadok-dokument-mailgun'], 'Diadok incoming-document notification', 'real Kontur domain, known counterparty, direct link into the company\'s own Diadok box'),
        other=['УПД № 1432', W.STS_INN], delivery='Kontur mailer (mail-out3.kontur.ru)')
    return m.render(SY.generic, helo='mail-out3.kontur.ru', ip='192.0.2.118', dkim_d='kontur.ru', dkim_s='dkim2026', date_zone='MSK',
                    inner=['Received: from diadoc-notify-12.kontur.local (diadoc-notify-12.kontur.local [10.34.12.80])\r\n\tby mail-out3.kontur.ru (Postfix) with ESMTP id %QID%\r\n\tfor <dmitry.volkov@examplegroup.eu>; %DATE%'],
                    order=['date', 'from', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'])


@message('business', '38-ru-skladtehservis-akt-sverki-xlsx')
def b38(m):
    m.when('2026-10-12 14:18:02', 'MSK')
    m.frm = ('Ирина Кузнецова', 'i.kuznetsova@skladtehservis.ru')
    m.to = [S['acc_ru']]
    m.subject = 'Акт сверки за 3 квартал 2026'
    m.msgid = '415221760191542@mail.yandex.ru'
    html = """<div>Дмитрий, добрый день!</div><div> </div><div>Направляю акт сверки взаимных расчётов за 3 квартал 2026 г. Прошу проверить; если всё сходится, подпишем его в Диадоке — мы отправили его туда же.</div><div> </div><div>-- </div><div>С уважением,<br />Ирина Кузнецова<br />главный бухгалтер<br />ООО «СкладТехСервис»<br />+7 (4967) 55-18-42</div>
"""
    rows = [[('b', 'Дата'), ('b', 'Документ'), ('b', 'Дебет, руб.'), ('b', 'Кредит, руб.')],
            ['', 'Сальдо начальное на 01.07.2026', ('m', 128400.0), ''],
            ['08.07.2026', 'Продажа (УПД № 211)', ('m', 96300.0), ''],
            ['29.07.2026', 'Оплата (п/п № 1874)', '', ('m', 128400.0)],
            ['14.08.2026', 'Продажа (УПД № 256)', ('m', 154820.0), ''],
            ['02.09.2026', 'Оплата (п/п № 2117)', '', ('m', 96300.0)],
            ['25.09.2026', 'Продажа (УПД № 309)', ('m', 71450.0), ''],
            ['', ('b', 'Обороты за период'), ('bm', 322570.0), ('bm', 224700.0)],
            ['', ('b', 'Сальдо конечное на 30.09.2026'), ('bm', 226270.0), '']]
    xl = archive.xlsx([('Акт сверки', [['Акт сверки взаимных расчётов за период 01.07.2026 – 30.09.2026'],
                                       ['между ООО «СкладТехСервис» и ООО «Экзампл Техника»'], []] + rows, [14, 40, 16, 16])],
                      title='Акт сверки 3 кв 2026', creator='Кузнецова И.В.', dt=(2026, 10, 12, 11, 5, 0))
    att = Part('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body=xl, cte='base64',
               filename='Акт_сверки_3кв_2026_СкладТехСервис.xlsx', disposition='attachment', ct_style='inline')
    m.body = B.mixed([B.html(html, charset='utf-8', cte='base64'), att], B.boundary(m, 'yandex'), ct_style='inline')
    m.dmarc_override['skladtehservis.ru'] = 'none'
    m.meta.update(
        what='Partner\'s chief accountant sends the Q3 2026 reconciliation statement ("акт сверки") as a plain XLSX and notes it is also in Diadok',
        why='Genuine reconciliation: real Yandex 360 mailbox (DKIM pass), ordinary spreadsheet without password or macros, figures consistent with the trade relationship, parallel delivery via the EDI operator.',
        hn=(['40-ru-akt-sverki-thread-hijack-zip'], 'reconciliation statement from СкладТехСервис', 'plain XLSX instead of an encrypted ZIP with shortcuts, no password in the body'),
        phones=['+7 (4967) 55-18-42'], delivery='Yandex 360 for business, Yandex web mail')
    return m.render(SY.yandex, webmail=True)


@message('business', '39-ru-sberbiznes-postuplenie-sredstv')
def b39(m):
    m.when('2026-11-25 16:40:03', 'MSK')
    m.frm = ('СберБизнес', 'noreply@sberbank.ru')
    m.to = [S['om_ru']]
    m.subject = 'СберБизнес: поступление на счёт *4521'
    m.hcs, m.hmode = 'windows-1251', 'B'
    m.msgid = '%s@sberbank.ru' % U.hexs(m.rng, 32)
    txt = """Уважаемый клиент!

На счёт № %s ООО «Экзампл Техника» поступили денежные средства.

Сумма: 297 540,00 руб.
Плательщик: ООО «СкладТехСервис», ИНН %s
Назначение платежа: Оплата по счёту № 318 от 20.11.2026 за запасные части для погрузчиков, в т.ч. НДС 22%%
Дата поступления: 25.11.2026

Подробности — в СберБизнес: войдите через мобильное приложение или сайт sberbank.ru.

Сбербанк никогда не просит сообщать пароли, коды из СМС и данные электронной подписи.

С уважением,
ПАО Сбербанк
""" % (W.EX_RU_ACC, W.STS_INN)
    m.body = B.text(txt, charset='windows-1251', cte='quoted-printable')
    m.dmarc_override['sberbank.ru'] = 'reject'
    m.meta.update(
        what='SberBusiness notification of an incoming payment (297,540 RUB) from partner СкладТехСервис to the Moscow company\'s account',
        why='Genuine bank notification: sberbank.ru\'s own mailer (DMARC pass), plain text in windows-1251, no link, information only, standard warning about passwords and codes.',
        hn=(['39-ru-sberbiznes-sertifikat-mailru-koi8'], 'SberBusiness notification', 'bank\'s own domain, informational, no certificate/login link'),
        other=[W.EX_RU_ACC, '297 540,00 руб.'], delivery='Sberbank mailer')
    return m.render(SY.generic, helo='mx6.sberbank.ru', ip='203.0.113.176', dkim_d='sberbank.ru', dkim_s='sber2026', date_zone='MSK',
                    inner=['Received: from sbbol-notify04.sigma.sbrf.ru (sbbol-notify04.sigma.sbrf.ru [10.53.1.44])\r\n\tby mx6.sberbank.ru (Postfix) with ESMTP id %QID%\r\n\tfor <anna.smirnova@examplegroup.eu>; %DATE%'],
                    order=['date', 'from', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'])


@message('business', '40-ru-vstrecha-byudzhet-ics-vnutr')
def b40(m):
    m.when('2026-12-08 10:05:27', 'MSK')
    m.frm = S['om_ru']
    m.to = [S['acc_ru']]
    m.subject = 'Совещание: бюджет московского офиса на 2027 год'
    m.msgid = SY.exchange_msgid(m, 'EXCH02')
    txt = """Дмитрий, добрый день!

Предлагаю в четверг обсудить проект бюджета московского офиса на 2027 год перед отправкой в Дуйсбург.

Прошу подготовить:
- факт 2026 по статьям затрат (октябрь–ноябрь, прогноз на декабрь);
- прогноз по аренде склада в Подольске с учётом индексации;
- ФОТ с учётом двух новых вакансий сервисных инженеров.

Сабина Хоффман подключится через Teams, ссылка есть в приглашении.

Анна Смирнова
офис-менеджер
ООО «Экзампл Техника»"""
    start = datetime(2026, 12, 10, 8, 0, 0)
    end = datetime(2026, 12, 10, 9, 30, 0)
    ics = docs.ics('040000008200E00074C5B7101A82E00800000000%s' % U.hexs(m.rng, 32, upper=True),
                   ('Anna Smirnova', S['om_ru'][1]), [('Dmitry Volkov', S['acc_ru'][1]), ('Sabine Hoffmann', S['cfo'][1])],
                   start, end, 'Совещание: бюджет московского офиса на 2027 год', 'Переговорная «Угрешская» / Microsoft Teams', txt,
                   m.utc)
    plain = B.text(txt + '\n', charset='utf-8', cte='base64')
    html = B.html(B.to_html_outlook(txt, 'utf-8', 'RU'), charset='utf-8', cte='base64')
    cal = Part('text/calendar', body=ics, charset='utf-8', cte='base64', params=[('method', 'REQUEST')])
    m.body = B.alt(plain, html, B.boundary(m, 'exch', 0))
    m.body.parts.append(cal)
    m.rcpts = [S['acc_ru'][1], S['cfo'][1]]
    m.to = [S['acc_ru'], S['cfo']]
    m.meta.update(
        what='Internal Exchange meeting request (iCalendar REQUEST) from the Moscow office manager: 2027 budget meeting with the accountant and the group CFO',
        why='Genuine internal calendar invite: Exchange-generated text/calendar part, internal route and DKIM, ordinary agenda, no links or attachments.',
        delivery='Internal Exchange meeting request via mail-int01')
    return m.render(SY.exchange_internal, lang='ru-RU', client_ip='10.20.9.15',
                    extra=[('Content-class', 'urn:content-classes:calendarmessage'), ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + U.alnum(m.rng, 40, U.ALNUM))])
