"""Genuine business messages, Russian (4)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, b64s
import ids

MAILS = []
add = MAILS.append
ST_INN, ST_KPP = TAX['shintrade_inn'], TAX['shintrade_kpp']

# ---------------------------------------------------------------- 37 supplier invoice (Outlook, KOI8-R)
p37 = """Ольга, добрый день!

Направляю счёт N 1187 от 20.11.2026 на оплату зимней партии грузовых шин (315/80 R22,5 и 385/65 R22,5, всего 96 шт.) по договору поставки N ШТ-14/2025.

Сумма к оплате: 1 184 640,00 руб., в т. ч. НДС 22% - 213 623,61 руб.
Срок оплаты - 5 банковских дней.

Реквизиты прежние (ПАО Сбербанк), они указаны в счёте. УПД направим через Диадок после отгрузки, отгрузка со склада в Подольске 27.11.

С уважением,
Андрей Петров
менеджер отдела продаж
ООО "ШинТрейд"
тел. +7 (495) 640-18-70, доб. 214
"""
add(Mail(
    'shintrade-schet-1187', '2026-11-20 11:06:52', MAIL['ru_acc'],
    I.custom(('mail.shintrade.ru', 'mail.shintrade.ru', '195.19.220.41'),
             hops=[lambda ctx: I.exch_hop('EXCH01.shintrade.local', '192.168.10.21', 'EXCH01.shintrade.local', '192.168.10.21',
                                          I.plus(ctx.t_sent, 1), 'RU', ver='15.1.2507.39'),
                   lambda ctx: I.exch_hop('EXCH01.shintrade.local', 'fe80::5d1c:2a8b:90e3:41f7%12', 'EXCH01.shintrade.local',
                                          'fe80::5d1c:2a8b:90e3:41f7%12', ctx.t_sent, 'RU', ver='15.01.2507.039', mapi=True)],
             msgid=lambda ctx: '<%s@EXCH01.shintrade.local>' % I.hx(ctx.rng, 32),
             style='outlook', tls='1.2', date_zone='RU', boundary='outlook',
             mailer=[('Accept-Language', 'ru-RU, en-US'), ('Content-Language', 'ru-RU'),
                     ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', ''),
                     ('x-originating-ip', '[192.168.10.87]')]),
    ('Петров Андрей Викторович', 'a.petrov@shintrade.ru'),
    'Счёт на оплату N 1187 от 20.11.2026',
    mixed(alt(p37, T.word_html(p37, 'koi8-r', 'RU'), 'koi8-r', 'quoted-printable', quoted=True),
          pdf_att('Счёт_1187_от_20.11.2026.pdf', [
              ('h1', 'ООО «ШинТрейд»'),
              ('small', '115230, г. Москва, Варшавское ш., д. 47, к. 4 · ИНН %s · КПП %s · ОГРН %s' % (ST_INN, ST_KPP, TAX['shintrade_ogrn'])),
              ('b', 'Банк получателя: ПАО Сбербанк, г. Москва · БИК %s · К/с %s\nР/с %s' % (
                  BANK['shintrade_bik'], BANK['shintrade_corr'], BANK['shintrade_acc'])),
              ('h2', 'Счёт на оплату № 1187 от 20 ноября 2026 г.'),
              ('p', 'Покупатель: ООО «Экзампл Груп Рус», ИНН %s, КПП %s, Московская обл., г. Химки' % (TAX['egrus_inn'], TAX['egrus_kpp'])),
              ('p', 'Основание: договор поставки № ШТ-14/2025'),
              ('mono', '1. Шина 315/80 R22,5 ведущая         56 шт.   12 980,00   726 880,00'),
              ('mono', '2. Шина 385/65 R22,5 прицепная       40 шт.   11 444,00   457 760,00'),
              ('mono', 'Итого: 1 184 640,00 руб. В т. ч. НДС (22%): 213 623,61 руб.'),
              ('p', 'Всего наименований 2, на сумму 1 184 640,00 руб.\nОплата в течение 5 банковских дней.'),
              ('p', 'Руководитель ____________ Корнеев В. С.        Бухгалтер ____________ Лаптева Н. И.'),
          ], title='Счёт 1187', author='1С:Предприятие', creator='1С:Предприятие 8.3', producer='1С:Предприятие 8.3',
             created="20261120105500+03'00'", style='rfc2047', charset='utf-8')),
    to=[('Васильева Ольга', MAIL['ru_acc'])], hcs='koi8-r', henc='B', sent_delta=4,
    pair=('shintrade-smena-rekvizitov-lookalike', 'diadok-lookalike-upd'), pair_note='invoice No. 1187 from the real supplier (shintrade.ru, Exchange, KOI8-R Outlook) with the unchanged Sberbank account; both Russian BEC/phishing attacks reuse this invoice.',
    what='Supplier invoice for the winter batch of truck tyres with the 1C-generated invoice PDF.',
    why='Supplier\'s own Exchange server on shintrade.ru, unchanged Sberbank account (valid BIK key), consistent contract and shipment data.'))

# ---------------------------------------------------------------- 38 genuine Diadoc notification
p38 = """Здравствуйте!

В ящик организации ООО «Экзампл Груп Рус» в Диадоке поступил документ:

Отправитель: ООО «ШинТрейд» (ИНН %s)
Документ: УПД № 1187 от 27.11.2026
Сумма: 1 184 640,00 ₽
Требуется подпись

Чтобы посмотреть и подписать документ, войдите в Диадок: https://diadoc.kontur.ru

Это автоматическое уведомление. Настроить уведомления можно в разделе «Настройки» → «Уведомления».

Контур.Диадок
""" % ST_INN
h38 = T.brand_html('Диадок', 'Новый документ от ООО «ШинТрейд»', [
    'Здравствуйте!', 'В ящик организации <b>ООО «Экзампл Груп Рус»</b> в Диадоке поступил документ:'],
    'Войти в Диадок', 'https://diadoc.kontur.ru', color='#1f8fcf', logo_text='Контур.Диадок',
    table=[('Отправитель', 'ООО «ШинТрейд» (ИНН %s)' % ST_INN), ('Документ', 'УПД № 1187 от 27.11.2026'),
           ('Сумма', '1 184 640,00 ₽'), ('Статус', 'Требуется подпись')],
    footer='Это автоматическое уведомление. Настроить уведомления можно в разделе «Настройки» → «Уведомления».')
add(Mail(
    'diadok-novyi-dokument-upd', '2026-11-27 16:40:18', MAIL['ru_acc'],
    I.custom(('mx-out3.kontur.ru', 'mx-out3.kontur.ru', '46.17.203.113'),
             hops=[('from diadoc-notify-07.kontur.host (diadoc-notify-07.kontur.host [10.34.11.47])\n\tby mx-out3.kontur.ru (Postfix) with ESMTP id {qid}', 'RU', True, 1)],
             msgid=lambda ctx: '<%s@diadoc.kontur.ru>' % I.uuid4(ctx.rng),
             style='esp', tls='1.3', return_path='bounce@diadoc.kontur.ru', date_zone='RU', boundary='generic'),
    ('Контур.Диадок', 'noreply@diadoc.kontur.ru'),
    'Новый документ от ООО «ШинТрейд»: УПД № 1187',
    alt(p38, h38, 'utf-8', 'base64'),
    to=[(None, MAIL['ru_acc'])], henc='B', sent_delta=2,
    pair=('diadok-lookalike-upd',), pair_note='Diadoc notification about UPD No. 1187: genuine one from kontur.ru, links only to diadoc.kontur.ru.',
    what='Kontur.Diadok (EDO) notification that the supplier\'s UPD awaits signature.',
    why='Sent from kontur.ru infrastructure, link to diadoc.kontur.ru only, matches the real shipment after the invoice.'))

# ---------------------------------------------------------------- 39 Yandex ID sign-in notice
p39 = """Здравствуйте, dmitry.sokolov!

В ваш Яндекс ID выполнен вход с нового устройства.

Дата и время: 18 ноября 2026, 12:45 (МСК)
Устройство: Яндекс Браузер, Windows 11
Местоположение: Химки, Россия (определено приблизительно)
IP-адрес: 95.165.12.44

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, смените пароль и проверьте настройки безопасности: https://id.yandex.ru/security

Команда Яндекс ID
"""
h39 = T.brand_html('Яндекс ID', 'Вход в аккаунт с нового устройства', [
    'Здравствуйте, dmitry.sokolov!', 'В ваш Яндекс ID выполнен вход с нового устройства.'],
    'Проверить безопасность', 'https://id.yandex.ru/security', color='#fc3f1d', logo_text='Яндекс ID',
    table=[('Дата и время', '18 ноября 2026, 12:45 (МСК)'), ('Устройство', 'Яндекс Браузер, Windows 11'),
           ('Местоположение', 'Химки, Россия (определено приблизительно)'), ('IP-адрес', '95.165.12.44')],
    after_button=['Если это были вы, ничего делать не нужно.'], footer='Команда Яндекс ID')
add(Mail(
    'yandex-id-vhod-novoe-ustroistvo', '2026-11-18 10:45:31', MAIL['ru_mgr'],
    I.custom(('forward501b.mail.yandex.net', 'forward501b.mail.yandex.net', '178.154.239.145'),
             hops=[('from mail-nwsmtp-smtp-production-main-63.vla.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-63.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0f:4b0e:0:640:8d2a:0])\n\tby forward501b.mail.yandex.net (Yandex) with ESMTPS id 6A1B2C3D4E', 'RU', False, 1),
                   ('from id.yandex.ru (id.yandex.ru [2a02:6b8:0:3400::1:61])\n\tby mail-nwsmtp-smtp-production-main-63.vla.yp-c.yandex.net (smtp) with ESMTPS id {rid}-{hex}', 'RU', False, 0)],
             msgid=lambda ctx: '<%s@id.yandex.ru>' % (ctx.t_sent.strftime('%Y%m%d%H%M%S') + '.' + I.hx(ctx.rng, 10)),
             style='esp', tls='1.3', return_path='noreply@id.yandex.ru', date_zone='RU', boundary='yandex',
             extra=[('X-Yandex-Fwd', '1')]),
    ('Яндекс ID', 'noreply@id.yandex.ru'),
    'Вход в аккаунт с нового устройства',
    alt(p39, h39, 'utf-8', 'quoted-printable'),
    to=[(None, MAIL['ru_mgr'])], henc='B', sent_delta=2,
    what='Yandex ID notice of a sign-in from a new device (the office manager\'s Yandex account registered with his work address, used for Yandex Direct).',
    why='Yandex\'s own mail infrastructure, link to id.yandex.ru only, informational, plausible location (Khimki office).'))

# ---------------------------------------------------------------- 40 colleague, private mail.ru, broken laptop
p40 = """Ольга, привет!

У меня дома сломался рабочий ноутбук: после обновления Windows не включается, чёрный экран, на зарядку реагирует. Пишу с личной почты.

Завтра с утра привезу его в офис. Передай, пожалуйста, Томасу в Ганновер, чтобы открыл заявку в IT (инвентарный номер EG-NB-0317), я им отдельно напишу по-английски.

До обеда я на телефоне, если что-то срочное - звони.

Дмитрий
"""
add(Mail(
    'sokolov-noutbuk-slomalsya-mailru', '2026-11-30 19:24:06', MAIL['ru_acc'],
    I.custom(('smtp49.i.mail.ru', 'smtp49.i.mail.ru', '94.100.177.109'),
             hops=[lambda ctx: 'from [95.165.12.44] (port=%d helo=[192.168.1.12])\n\tby smtp49.i.mail.ru with esmtpa (envelope-from <%s>)\n\tid 1t%s-%s-%s; %s' % (
                 ctx.rng.randrange(40000, 60000), ctx.frm_email, I.rs(ctx.rng, 4), I.rs(ctx.rng, 8, '0123456789ABCDEF'),
                 I.rs(ctx.rng, 4), I.rfc2822(I.plus(ctx.t_sent, 1), 'RU'))],
             msgid=lambda ctx: '<%d.%d@mail.ru>' % (ctx.rng.randrange(10 ** 8, 10 ** 9), int(ctx.t_sent.timestamp())),
             style='thebat', tls='1.3', date_zone='RU', boundary='thebat',
             mailer=[('X-Mailer', 'The Bat! (v10.5.3) Home'), ('X-Priority', '3 (Normal)')],
             extra=[('X-7564579A', 'B8F34718100C35BD'), ('X-77F55803', lambda ctx: '4F1203BC0FB41BD9' + I.hx(ctx.rng, 48, True)),
                    ('X-Mailru-Sender', lambda ctx: I.hx(ctx.rng, 64, True))]),
    ('Дмитрий Соколов', 'd.sokolov.msk@mail.ru'),
    'Ноутбук сломался, пишу с личной почты',
    Text(p40, 'plain', 'windows-1251', 'quoted-printable'),
    to=[('Ольга Васильева', MAIL['ru_acc'])], hcs='windows-1251', henc='B', sent_delta=3,
    what='Russian office manager tells his colleague from his private mail.ru address that his laptop is broken and asks her to pass on an IT ticket request.',
    why='Colleague message from a personal address via mail.ru SMTP from a Moscow residential IP, no links, attachments or requests for money, credentials or data.'))
