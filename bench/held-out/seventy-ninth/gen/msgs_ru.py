"""Russian messages (St Petersburg office): 4 attacks, 4 genuine."""
import codes as K
import company as C
import files as F
import infra as I
from common import alt, esc, simple_html
from company import S, NATIVE
from mime import Msg, T, Part, att, html, mp, text

NEVA_KPP = '781301001'
INV_SUM = 186400.00
INV_VAT = round(INV_SUM * 22 / 122, 2)


def rub(x):
    return '{:,.2f}'.format(x).replace(',', ' ').replace('.', ',')


def ru(key):
    return (NATIVE[key], C.STAFF[key][1])


# ================================================================ ATTACKS
def a01(n):
    fname = 'Требование_14-27_8841.zip'
    m = Msg('attack', n, 'ru', 'fns-trebovanie-arhiv-s-parolem',
            what='"Tax inspectorate (FNS)": demand for explanations on the Q3 VAT return within 5 working days, '
                 'details in a password-protected archive',
            why='Malware delivery impersonating the Russian tax service: FNS demands arrive via the TKS e-document '
                'operators, not as e-mail archives; sent from a hacked construction-company mail server; '
                'ZipCrypto archive (password 8841) hides Требование_14-27_8841.pdf.exe (inert placeholder); legal '
                'threat (art. 129.1 Tax Code)',
            tech=['password-protected ZIP (ZipCrypto)', 'malware attachment (.pdf.exe)', 'tax authority lure',
                  'compromised small-business mailbox'])
    t = T('2026-11-09 10:15:33', 'RU')
    to = ru('ru_acc')
    frm = ('Межрайонная ИФНС России N 26 по Санкт-Петербургу', 'ufns78@stroykomplekt-spb.ru')
    m.env_from = 'ufns78@stroykomplekt-spb.ru'
    m.hop('from [176.113.115.%d] (unknown [176.113.115.%d])\n\t(Authenticated sender: snab@stroykomplekt-spb.ru)\n\tby mail.stroykomplekt-spb.ru (Postfix) with ESMTPSA id 4bG%s\n\tfor <%s>; %s'
          % (40, 40, m.alnum(11), to[1], (t + 1).rfc(comment=True)))
    m.mx('mail.stroykomplekt-spb.ru', '95.213.%d.%d' % (m.rng.randrange(130, 250), m.rng.randrange(2, 250)), t + 2, to[1])
    m.msgid = '<%s@stroykomplekt-spb.ru>' % m.hexs(30)
    m.std(t, frm, [to], 'Требование о представлении пояснений N 14-27/8841 от 09.11.2026', cs='koi8-r', enc='B')
    body = """Уважаемый налогоплательщик!

Межрайонная инспекция ФНС России N 26 по Санкт-Петербургу в рамках камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года направляет требование о представлении пояснений в соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации.

Налогоплательщик: ООО "Экзампл Груп Рус", ИНН %s
Выявлены расхождения в сведениях о сделках с контрагентами (книга покупок, раздел 8).

Пояснения необходимо представить в течение 5 (пяти) рабочих дней со дня получения требования. Непредставление пояснений влечет ответственность, предусмотренную статьей 129.1 НК РФ.

Требование с перечнем расхождений направлено во вложении. В целях сохранения налоговой тайны архив защищен паролем: 8841

С уважением,
Межрайонная ИФНС России N 26 по Санкт-Петербургу
""" % C.EG_INN
    z = F.zip_crypto([('Требование_14-27_8841.pdf.exe', F.PLACEHOLDER)], '8841', when=(2026, 11, 9, 10, 2, 40), seed=m.slug)
    a = att('application/zip', z, fname, fn_style='2231')
    a.note = 'ZipCrypto, password 8841, member Требование_14-27_8841.pdf.exe (placeholder); RFC 2231 file name'
    m.extra_files['zippw:' + fname] = '8841'
    m.body = mp('mixed', text(body, 'koi8-r', 'quoted-printable'), a, preamble='This is a multi-part message in MIME format.')
    return m


def a02(n):
    url = 'https://kontur-diadoc.online/sign/box/7f41c0e2-3b9d-4e8a-a1f6-0c2d93b7e815?login=olga.vasilyeva%40example.com'
    m = Msg('attack', n, 'ru', 'diadok-dokument-na-podpis-phishing',
            what='"Kontur.Diadoc": invoice and act No. 1187 from the carrier Nevsky Tranzit require a signature by '
                 '27.11, link to the documents',
            why='Credential phishing on the Russian e-document exchange: sender kontur-diadoc.ru and link host '
                'kontur-diadoc.online are not Kontur\'s (kontur.ru), sent directly from a VPS; threat that unsigned '
                'documents count as rejected',
            tech=['e-document exchange credential phishing (Diadoc)', 'look-alike domain on VPS'])
    t = T('2026-11-26 11:40:07', 'RU')
    to = ru('ru_acc')
    frm = ('Контур.Диадок', 'noreply@kontur-diadoc.ru')
    m.env_from = 'noreply@kontur-diadoc.ru'
    I.vps(m, t, to[1], helo='mail.kontur-diadoc.ru', ip='77.91.124.%d' % 213, rdns='vm-77-91-124-213.aeza.network',
          inner='from localhost (localhost [127.0.0.1])\n\tby mail.kontur-diadoc.ru (Postfix) with ESMTP id 4bK%s\n\tfor <%s>; %s'
          % ('8tQ2rXw1mNz', to[1], t.rfc(comment=True)))
    I.phpmailer(m, 'kontur-diadoc.ru', '6.9.1')
    m.std(t, frm, [to], 'Вам пришёл документ от ООО «Невский Транзит»: Счёт-фактура № 1187 — требуется подпись',
          cs='windows-1251', enc='B')
    plain = """Здравствуйте!

ООО «Невский Транзит» отправил вам документы, требующие подписи:

Счёт-фактура № 1187 от 02.11.2026 на сумму %s руб.
Акт выполненных работ № 1187 от 02.11.2026

Срок подписания: до 27.11.2026. Неподписанные документы будут считаться отклонёнными, контрагент получит уведомление.

Перейти к документам: %s

Для входа используйте логин и пароль от Диадока или электронную подпись.

С уважением,
команда Контур.Диадок
""" % (rub(INV_SUM), url)
    inner = """<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#fff">
<tr><td style="padding:16px 24px;border-bottom:3px solid #0a93cc;font-size:20px;color:#0a93cc"><b>Контур</b>.Диадок</td></tr>
<tr><td style="padding:22px 24px;line-height:21px">
<p>Здравствуйте!</p>
<p><b>ООО «Невский Транзит»</b> отправил вам документы, требующие подписи:</p>
<ul><li>Счёт-фактура № 1187 от 02.11.2026 на сумму %s руб.</li><li>Акт выполненных работ № 1187 от 02.11.2026</li></ul>
<p>Срок подписания: <b>до 27.11.2026</b>. Неподписанные документы будут считаться отклонёнными, контрагент получит уведомление.</p>
<p style="margin:24px 0"><a href="%s" style="background:#0a93cc;color:#fff;padding:10px 22px;text-decoration:none">Перейти к документам</a></p>
<p style="font-size:12px;color:#777">Для входа используйте логин и пароль от Диадока или электронную подпись.</p></td></tr></table>""" % (rub(INV_SUM), esc(url))
    m.body = alt(plain, simple_html(inner, 'windows-1251', 'Диадок'), 'windows-1251', 'quoted-printable')
    return m


def a03(n):
    m = Msg('attack', n, 'ru', 'smena-rekvizitov-perevozchik-lookalike',
            what='"Marina Ivanova, chief accountant of Nevsky Tranzit" announces new bank details (T-Bank, Moscow) '
                 'and asks to pay invoice No. 1187 there',
            why='Carrier bank-detail fraud from look-alike domain nevtranzit-spb.ru (real: nevtranzit.ru) on a '
                'VPS; St Petersburg carrier suddenly banking in Moscow; claims the Sberbank account is closing and '
                'payments will bounce; letter "by post later"; the account numbers are valid so only the domain and '
                'context reveal the fraud',
            tech=['supplier bank-detail change (vendor email compromise)', 'look-alike domain on VPS'])
    t = T('2026-11-16 14:05:52', 'RU')
    to = ru('ru_acc')
    frm = ('Марина Иванова', 'm.ivanova@nevtranzit-spb.ru')
    m.env_from = frm[1]
    m.hop('from [192.168.0.105] (unknown [91.215.85.%d])\n\t(Authenticated sender: m.ivanova@nevtranzit-spb.ru)\n\tby mail.nevtranzit-spb.ru (Postfix) with ESMTPSA id 4bN%s\n\tfor <%s>; %s'
          % (m.rng.randrange(2, 250), m.alnum(11), to[1], (t + 1).rfc(comment=True)))
    I.vps(m, t + 1, to[1], helo='mail.nevtranzit-spb.ru', ip='185.209.160.%d' % 87, rdns='vds-185-209-160-87.firstbyte.ru')
    I.the_bat(m, t, 'nevtranzit-spb.ru', 'v11.2.3.1')
    m.std(t, frm, [to], 'Изменение банковских реквизитов ООО «Невский Транзит»', cs='windows-1251', enc='B')
    body = """Добрый день, Ольга!

Информируем Вас, что в связи со сменой обслуживающего банка с 16.11.2026 изменились платёжные реквизиты ООО «Невский Транзит». Просим оплату по счёту № 1187 от 02.11.2026 на сумму %s руб. (в т.ч. НДС 22%% - %s руб.) произвести по новым реквизитам:

Получатель: ООО «Невский Транзит»
ИНН %s КПП %s
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Счёт в ПАО Сбербанк закрывается, платежи на него будут возвращены. Официальное письмо за подписью генерального директора направим почтой.

Прошу подтвердить получение письма.

С уважением,
Марина Иванова
Главный бухгалтер
ООО «Невский Транзит»
""" % (rub(INV_SUM), rub(INV_VAT), C.NEVA['inn'], NEVA_KPP, C.FAKE_RS, C.FAKE_BIK, C.FAKE_KS)
    m.body = text(body, 'windows-1251', 'base64')
    return m


def a04(n):
    btc = K.btc_legacy('audit80-extortion-ru')
    m = Msg('attack', n, 'ru', 'vymogatelstvo-utechka-dannyh-btc',
            what='Extortion: claims to hold the company\'s mail, customer database and accounting documents, demands '
                 '0.35 BTC within 72 h or publication',
            why='Data-leak extortion scam: From spoofed to the recipient\'s own address, delivered from a VPS '
                'without rDNS at night, unverifiable claims, Bitcoin (base58check) wallet, threats and deadline',
            tech=['extortion (data-leak threat)', 'sender spoofing (own address)', 'cryptocurrency payment'])
    t = T('2026-12-13 02:37:18', 'RU')
    to = ru('ru_mgr')
    m.env_from = to[1]
    I.vps(m, t, to[1], helo='WIN-8J2KQ4L1M0P', ip='45.9.148.%d' % 203, rdns='', tls=None)
    m.msgid = '<%s$%s@example.com>' % (m.hexs(10, True), m.hexs(6, True))
    m.std(t, to, [to], 'Ваша переписка и база клиентов у нас', cs='utf-8', enc='B')
    body = """Дмитрий,

буду краток. Мы получили доступ к почтовому серверу и файловому хранилищу вашей компании ещё в сентябре. У нас выгрузка переписки отдела продаж, клиентская база с контактами и ценами, а также бухгалтерские документы петербургского офиса.

Если в течение 72 часов на указанный кошелёк не поступит 0,35 BTC, мы:
— отправим выгрузку вашим клиентам и конкурентам;
— направим документы в налоговую инспекцию;
— опубликуем всё на профильных форумах.

Кошелёк BTC: %s

После оплаты вы получите доказательства удаления данных. Не пытайтесь ответить на этот адрес — он не проверяется. Обращение в полицию ничего не изменит.
""" % btc
    m.body = text(body, 'utf-8', 'base64')
    return m


# ================================================================ BUSINESS
def b01(n):
    m = Msg('business', n, 'ru', 'perevozchik-schet-rekvizity-sberbank',
            what='Carrier Nevsky Tranzit\'s accounting sends invoice No. 1187 for October forwarding services with '
                 'its usual Sberbank details; invoice/act sent via Diadoc',
            why='Genuine carrier invoice from the real domain and its mail server (The Bat! in KOI8-R as this '
                'accountant always sends), Sberbank account with valid control key for the BIK, amounts and VAT '
                'consistent',
            pair=(['smena-rekvizitov-perevozchik-lookalike'], 'same carrier, same invoice and amount, bank details'))
    t = T('2026-11-02 15:10:24', 'RU')
    to = ru('ru_acc')
    frm = C.NEVA['buh']
    m.env_from = frm[1]
    I.smb(m, t, to[1], host='mail.nevtranzit.ru', host_ip='188.134.%d.%d' % (m.rng.randrange(1, 250), m.rng.randrange(2, 250)),
          client_ip='178.66.%d.%d' % (m.rng.randrange(1, 250), m.rng.randrange(2, 250)), client_kind='rt', auth='buh@nevtranzit.ru')
    I.the_bat(m, t, 'nevtranzit.ru', 'v10.4.0.2')
    m.std(t, frm, [to], 'Счет N 1187 от 02.11.2026 за транспортно-экспедиционные услуги', cs='koi8-r', enc='B')
    body = """Добрый день!

Направляем счёт N 1187 от 02.11.2026 за транспортно-экспедиционные услуги в октябре 2026 г. (перевозка грузов порт Санкт-Петербург - склад Шушары, 9 рейсов).

Сумма к оплате: %s руб., в т.ч. НДС 22%% - %s руб.
Срок оплаты: до 20.11.2026.

Реквизиты для оплаты:
Получатель: ООО "Невский Транзит"
ИНН %s КПП %s
Р/с %s
Банк: ПАО Сбербанк, Северо-Западный банк
БИК %s
К/с %s

Счёт-фактура и акт направлены через Диадок.

С уважением,
Бухгалтерия ООО "Невский Транзит"
тел. (812) 335-18-40
""" % (rub(INV_SUM), rub(INV_VAT), C.NEVA['inn'], NEVA_KPP, C.NEVA_RS, C.NEVA_BIK, C.NEVA_KS)
    m.body = text(body, 'koi8-r', 'quoted-printable')
    return m


def b02(n):
    m = Msg('business', n, 'ru', 'yandex-id-vhod-novoe-ustroystvo',
            what='Yandex ID notifies a sign-in from a new device (Windows, Yandex Browser, St Petersburg) for the '
                 'account registered on the office manager\'s address',
            why='Genuine Yandex notification from id.yandex.ru through Yandex\'s own forward relays; informational, '
                'link only to id.yandex.ru, matches the user\'s own sign-in',
            pair=(['diadok-dokument-na-podpis-phishing'], 'automated account notice in Russian with a link'))
    t = T('2026-10-21 19:02:11', 'RU')
    to = ru('ru_mgr')
    frm = ('Яндекс ID', 'noreply@id.yandex.ru')
    m.env_from = 'noreply@id.yandex.ru'
    I.yandex(m, t, to[1])
    m.msgid = '<%d@passport.yandex.ru>' % m.rng.randrange(10 ** 15, 10 ** 16)
    m.x = [x for x in m.x if x[0] != 'X-Mailer']
    m.std(t, frm, [to], 'Вход в аккаунт с нового устройства', cs='utf-8', enc='B')
    plain = """Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@example.com выполнен вход с нового устройства.

Устройство: Windows, Яндекс Браузер
Место: Санкт-Петербург, Россия
Время: 21 октября 2026 в 19:01 (МСК)

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и проверьте настройки безопасности: https://id.yandex.ru/security

С уважением,
Команда Яндекс ID
"""
    inner = """<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px"><table width="560" cellpadding="0" cellspacing="0" style="font-family:'YS Text',Arial,sans-serif;font-size:15px;color:#000;background:#fff">
<tr><td style="padding:0 0 20px 0;font-size:22px;font-weight:bold"><span style="color:#fc3f1d">Я</span>ндекс ID</td></tr>
<tr><td style="line-height:22px"><p>Здравствуйте, Дмитрий!</p><p>В ваш аккаунт <b>dmitry.sokolov@example.com</b> выполнен вход с нового устройства.</p>
<p style="color:#555">Устройство: Windows, Яндекс Браузер<br>Место: Санкт-Петербург, Россия<br>Время: 21 октября 2026 в 19:01 (МСК)</p>
<p>Если это были вы, ничего делать не нужно.</p>
<p>Если вы не входили в аккаунт, <a href="https://id.yandex.ru/security" style="color:#0077ff">смените пароль и проверьте настройки безопасности</a>.</p>
<p style="color:#999;font-size:13px">С уважением,<br>Команда Яндекс ID</p></td></tr></table></td></tr></table>"""
    m.body = alt(plain, simple_html(inner, 'utf-8', 'Яндекс ID'), 'utf-8', 'base64')
    return m


def b03(n):
    link = 'https://diadoc.kontur.ru/%s/Folder/Inbox' % 'b2c4f0e8-51a7-4e3d-9c62-8f1a0d37e4b9'
    m = Msg('business', n, 'ru', 'diadok-novye-dokumenty-gnisio',
            what='Kontur.Diadoc notifies that Nevsky Tranzit sent invoice and act No. 1187',
            why='Genuine Diadoc notification from kontur.ru infrastructure, link to diadoc.kontur.ru, documents '
                'match the invoice e-mailed by the carrier the day before',
            pair=(['diadok-dokument-na-podpis-phishing'], 'same service, same counterparty and documents'))
    t = T('2026-11-03 09:31:46', 'RU')
    to = ru('ru_acc')
    frm = ('Диадок', 'noreply@diadoc.kontur.ru')
    m.env_from = 'bounces@diadoc.kontur.ru'
    m.hop('from diadoc-notify-04.kontur.host (diadoc-notify-04.kontur.host [10.34.%d.%d])\n\tby mx-out2.kontur.ru (Postfix) with ESMTP id 4bD%s\n\tfor <%s>; %s'
          % (m.rng.randrange(1, 250), m.rng.randrange(2, 250), m.alnum(11), to[1], t.rfc(comment=True)))
    m.mx('mx-out2.kontur.ru', '46.17.206.%d' % m.rng.randrange(10, 90), t + 2, to[1])
    m.msgid = '<%s.%s@diadoc.kontur.ru>' % (m.hexs(32), t.fmt('%Y%m%d%H%M%S'))
    m.std(t, frm, [to], 'ООО «Невский Транзит» отправил вам документы: Счёт-фактура № 1187 от 02.11.2026, Акт № 1187 от 02.11.2026',
          cs='utf-8', enc='B')
    m.hdr('Auto-Submitted', 'auto-generated')
    m.hdr('List-Unsubscribe', '<https://diadoc.kontur.ru/settings/notifications>')
    plain = """ООО «Невский Транзит» отправил вам документы

Счёт-фактура № 1187 от 02.11.2026 — %s ₽
Акт № 1187 от 02.11.2026 — %s ₽

Получатель: ООО «Экзампл Груп Рус», ящик «Основной»

Открыть документы: %s

Настроить уведомления можно в разделе «Настройки» Диадока.
Контур.Диадок — система электронного документооборота
""" % (rub(INV_SUM), rub(INV_SUM), link)
    inner = """<table width="600" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',Arial,sans-serif;font-size:15px;color:#222;background:#fff">
<tr><td style="padding:18px 24px;font-size:18px"><b style="color:#0a93cc">Контур</b>.Диадок</td></tr>
<tr><td style="padding:0 24px 20px 24px;line-height:22px"><p style="font-size:18px">ООО «Невский Транзит» отправил вам документы</p>
<p>Счёт-фактура № 1187 от 02.11.2026 — %s ₽<br>Акт № 1187 от 02.11.2026 — %s ₽</p>
<p style="color:#666">Получатель: ООО «Экзампл Груп Рус», ящик «Основной»</p>
<p><a href="%s" style="color:#0a93cc">Открыть документы</a></p>
<p style="font-size:12px;color:#999">Настроить уведомления можно в разделе «Настройки» Диадока.</p></td></tr></table>""" % (rub(INV_SUM), rub(INV_SUM), esc(link))
    m.body = alt(plain, simple_html(inner, 'utf-8', 'Диадок'), 'utf-8', 'quoted-printable')
    return m


def b04(n):
    m = Msg('business', n, 'ru', 'kapitan-zapros-opresnitel-yandex',
            what='Yacht captain asks from his yandex.ru mailbox for a watermaker, filters and a spare membrane, '
                 'referred by a customer',
            why='Genuine retail enquiry from a consumer Yandex mailbox through Yandex\'s own relays (mobile app), '
                'specific products, referral by a known customer, no links or attachments',
            pair=None)
    t = T('2026-10-24 16:22:07', 'RU')
    to = ru('ru_mgr')
    frm = C.MOROZOV
    m.env_from = frm[1]
    I.yandex(m, t, to[1])
    m.x = [x for x in m.x if x[0] != 'X-Mailer']
    m.xh('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')
    m.std(t, frm, [to], 'Запрос: опреснитель и фильтры для яхты 52 фута', cs='utf-8', enc='B')
    body = """Дмитрий, добрый день!

Ваш контакт мне дал Андрей Кузнецов из БалтЯхтСервиса. Я капитан на частной яхте 52 фута, стоим в яхт-клубе на Крестовском. До весны нужно:

1. Опреснитель обратного осмоса производительностью 60-100 л/ч, 12 или 24 В;
2. Комплект сменных фильтров к нему на сезон;
3. Мембрану про запас.

Подскажите по наличию и срокам доставки в Петербург, и можно ли оплатить по счёту на ИП владельца.

Спасибо!
Сергей Морозов
+7 921 118-40-27

--
Отправлено из мобильной Яндекс Почты
"""
    htm = '<div>%s</div>\n' % '<br />'.join(esc(l) for l in body.split('\n'))
    m.body = alt(body, htm, 'utf-8', 'base64')
    return m


ATTACKS = [a01, a02, a03, a04]
BUSINESS = [b01, b02, b03, b04]
