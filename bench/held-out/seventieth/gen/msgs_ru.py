"""Russian messages (Moscow office, Russian partners): 4 attacks, 4 genuine."""
from kit import *   # noqa: F401,F403
from common import epoch_ms

BIK_BSPB = '044030790'                                     # ПАО «Банк «Санкт-Петербург»
KS_BSPB = ids.ru_corr_account(BIK_BSPB, '30101810000000000790')
RS_SEVZ = ids.ru_account(BIK_BSPB, '40702810090000018823')
BIK_TB = '044525974'                                       # АО «ТБанк»
KS_TB = ids.ru_corr_account(BIK_TB, '30101810045250000974')
RS_MULE = ids.ru_account(BIK_TB, '40702810010001874456')
assert KS_BSPB == '30101810900000000790' and KS_TB == '30101810145250000974'

INN_EG = ids.ru_inn10('770148273')
OGRN_EG = ids.ru_ogrn('118774631420')
INN_SEVZ = ids.ru_inn10('780512673')
OGRN_SEVZ = ids.ru_ogrn('103780091872')

AND = native('andrey')
OLG = native('olga')


class TheBat(I.Yandex):
    """Private Yandex mailbox used from The Bat! on a home PC (SMTP submission)."""
    att = 'tb'

    def hops(self, t, rcpt, rng, env_from):
        n = rng.randrange(10, 90)
        host = 'mail-nwsmtp-smtp-production-main-%d.myt.yp-c.yandex.net' % n
        return [I.R('from %s (%s [2a02:6b8:c00:%x:0:640:%x:0])' % (host, host, rng.randrange(4096, 65535), rng.randrange(4096, 65535)),
                    'by %s (Yandex) with ESMTPS id %s-%s;' % (self.helo, ralnum(rng, 11), ralnum(rng, 8)),
                    I.rfc_date(I.plus(t, 1), 'RU')),
                I.R('by %s (smtp/Yandex) with ESMTPSA id %s-%s;' % (host, ralnum(rng, 10), ralnum(rng, 8)),
                    I.rfc_date(t, 'RU'))]

    def msgid(self, t, rng, frm):
        return '<%d.%s@yandex.ru>' % (rng.randrange(10 ** 8, 10 ** 9), local(t, 'RU').strftime('%Y%m%d%H%M%S'))

    def headers(self, t, rng, frm, subject):
        return [('X-Mailer', 'The Bat! (v10.5.3) Professional'), ('X-Priority', '3 (Normal)')]

    def boundary(self, rng, subtype, n):
        return '----------' + rhex(rng, 16, True)


def define():
    # =====================================================================
    # ATTACKS
    # =====================================================================
    # 37 Fake tax-office demand with password-protected archive
    inf = I.VPS(helo='mail.nalog-gov.ru', rdns='vm2418337.firstbyte.club', ip='45.141.84.203',
                pc='localhost', client_ip='127.0.0.1', mimic='none', zone='RU')
    body = D('''
        ООО "Экзампл Груп Рус"
        ИНН %s / КПП 770101001

        Межрайонная ИФНС России N 46 по г. Москве уведомляет, что в ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года выявлены расхождения между сведениями об операциях, отраженными в книге покупок, и сведениями контрагентов.

        В соответствии с п. 3 ст. 88 Налогового кодекса РФ Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения или внести соответствующие исправления. Непредставление пояснений влечет ответственность по ст. 129.1 НК РФ, а также может послужить основанием для приостановления операций по счетам организации.

        Требование N 14-12/18874 от 23.11.2026 и перечень операций с расхождениями прилагаются. В целях защиты сведений, составляющих налоговую тайну, архив защищен паролем: 1887

        Заместитель начальника инспекции
        советник государственной гражданской службы РФ 2 класса
        Е.В. Крылова
        ''' % INN_EG)
    z = zip_att('Требование_14-12_18874.zip', [
        ('Требование_N14-12_18874_от_23.11.2026.pdf.hta', 'заглушка: безопасная замена HTA-скрипта\n'.encode('utf-8'), ZT(2026, 11, 23, 9, 2, 0)),
        ('Перечень_расхождений_3кв2026.xls.lnk', 'заглушка: безопасная замена ярлыка Windows\n'.encode('utf-8'), ZT(2026, 11, 23, 9, 2, 4))],
        password='1887', style='tb')
    add('attack', 'ru', 'fns-trebovanie-arhiv-s-parolem', inf, T('2026-11-23 11:14:29', 'RU'),
        ('Межрайонная ИФНС России N 46 по г. Москве', 'trebovanie@nalog-gov.ru'), [OLG],
        'Требование о представлении пояснений N 14-12/18874 от 23.11.2026',
        mixed(text(body, 'koi8-r', '8bit'), z), hcs='koi8-r', henc='B',
        what='"Tax inspectorate No. 46" demands explanations on VAT discrepancies within five days; demand in a password-protected archive',
        why='Look-alike nalog-gov.ru on a rented VPS (real: nalog.gov.ru; demands arrive via the electronic reporting channel, not e-mail); threat of account freeze; ZipCrypto archive with the password in the body containing .pdf.hta and .xls.lnk - malware delivery',
        check={'technique': 'Tax-authority (FNS) demand lure, password-protected ZIP (ZipCrypto) with .pdf.hta / .xls.lnk, Cyrillic member names', 'zip_pw': '1887'})

    # 38 Diadoc (EDI) credential phishing from a compromised hosting account
    inf = I.EximCpanel(helo='vh214.timeweb.ru', rdns='vh214.timeweb.ru', ip='92.53.96.214',
                       zone='RU', script='21407:mail.php', cpuser='cq18044', client_ip=None,
                       mailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')
    link = 'https://diadoc.kontur.ru.auth-sso-login.com/Documents/Sign?docId=4f1a9c72&box=7a2e'
    plain = D('''
        Контур.Диадок

        Вам поступил документ на подпись

        Отправитель: ООО "ТИПОГРАФИЯ "СЕВЕРНАЯ ЗВЕЗДА", ИНН %s
        Документ: Универсальный передаточный документ N 1187 от 27.11.2026
        Сумма: 1 284 600,00 руб., в т.ч. НДС

        Документ необходимо подписать до 30.11.2026. Неподписанные документы автоматически отклоняются.

        Перейти к документу: %s

        Это письмо сформировано автоматически, отвечать на него не нужно.
        АО "ПФ "СКБ Контур"
        ''' % (INN_SEVZ, link))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><div style="max-width:600px;margin:auto;border:1px solid #ddd">'
            '<div style="background:#1e7bc2;color:#fff;padding:14px 20px;font-size:18px">%s</div><div style="padding:20px">'
            % esc('Контур.Диадок', 'windows-1251')
            + ''.join('<p>%s</p>' % esc(p, 'windows-1251').replace('\n', '<br>') for p in plain.split('\n\n')[1:4]) +
            '<p><a href="%s" style="background:#1e7bc2;color:#fff;padding:10px 22px;text-decoration:none">%s</a></p>'
            '<p style="font-size:11px;color:#777">%s</p></div></div></body></html>\n'
            % (link, esc('Перейти к документу', 'windows-1251'), esc(plain.split('\n\n')[5], 'windows-1251').replace('\n', '<br>')))
    add('attack', 'ru', 'diadok-dokument-na-podpis', inf, T('2026-11-27 16:32:08', 'RU'),
        ('Контур.Диадок', 'noreply@diadoc-docs.ru'), [OLG],
        'Вам поступил документ на подпись от ООО "ТИПОГРАФИЯ "СЕВЕРНАЯ ЗВЕЗДА"',
        alt(text(plain, 'windows-1251', 'quoted-printable'), text(html, 'windows-1251', 'quoted-printable', 'html')),
        hcs='windows-1251', henc='B',
        what='"Kontur.Diadoc" EDI notice: a UPD from the printer awaits signature before a deadline',
        why='Not Diadoc\'s servers: PHP mailer on a Timeweb shared-hosting account; link host diadoc.kontur.ru.auth-sso-login.com is a subdomain of an attacker domain (credential phishing for the EDI portal); uses a real supplier name and auto-rejection threat',
        check={'technique': 'EDI portal (Kontur.Diadoc) credential phishing, subdomain deception, compromised hosting PHP mailer'})

    # 39 FakeBoss: manager's name on free mail, prepares a vishing call
    inf = I.Yandex(fwd=501)
    body = D('''
        Ольга, добрый день.

        Сегодня или завтра с вами свяжется сотрудник департамента финансового мониторинга Центрального банка – Виктор Павлович Гусев. Это связано с проверкой по нашим расчетным счетам: есть подозрение, что данные компании использовались третьими лицами.

        Разговор конфиденциальный, прошу отнестись серьезно и выполнить все его указания. Никому из коллег, в том числе в Лейпциг, пока ничего не сообщайте – это условие проверки.

        Я сейчас на совещании и по телефону говорить не могу. Напишите мне, пожалуйста, в Telegram: +7 916 402-18-57, там буду на связи.

        Андрей Соколов
        ''')
    add('attack', 'ru', 'fakeboss-zvonok-cb-telegram', inf, T('2026-12-08 10:07:41', 'RU'),
        ('Андрей Соколов', 'andrey.sokolov.eg@yandex.ru'), [OLG],
        'Срочно. Конфиденциально',
        alt(text(body, 'utf-8', 'base64'), text(html_of(body, 'yandex', 'utf-8'), 'utf-8', 'base64', 'html')),
        henc='B',
        what='"Andrey Sokolov" (Moscow office manager) tells the accountant that a "Central Bank officer" will call, she must follow his instructions, keep it secret and contact him on Telegram',
        why='"FakeBoss" scheme: manager\'s name on a new Yandex address, prepares a vishing call by fake regulator/security officials leading to transfers to "safe accounts", secrecy also towards HQ, moves the conversation to Telegram',
        check={'technique': 'FakeBoss: manager impersonation from free mail preparing a vishing call, move to Telegram'})

    # 40 Printer bank-detail change from look-alike domain
    inf = I.VPS(helo='mail.sevzvezda-prlnt.ru', rdns='gaymabr1.beget.tech', ip='5.101.153.72',
                pc='DESKTOP-0M9QF2C', client_ip='176.124.219.61', mimic='outlook', lang='ru', zone='RU')
    body = D('''
        Уважаемые коллеги!

        Уведомляем вас об изменении банковских реквизитов ООО «Типография «Северная звезда» с 01.12.2026 в связи с закрытием расчетного счета в ПАО «Банк «Санкт-Петербург».

        Новые реквизиты для оплаты:
        р/с %s
        в АО «ТБанк»
        БИК %s
        к/с %s

        Просим оплату по счету № 1187 от 27.11.2026 (1 284 600,00 руб.) производить только по новым реквизитам. Платежи, поступившие на старый счет, будут возвращены банком. Официальное письмо за подписью генерального директора во вложении.

        Просим подтвердить получение письма ответом.

        С уважением,
        Марина Ветрова
        главный бухгалтер
        ООО «Типография «Северная звезда»
        ''' % (RS_MULE, BIK_TB, KS_TB))
    letter = pdf_att('Письмо_о_смене_реквизитов.pdf', [
        ('ООО «Типография «Северная звезда»', 13, True), 'ИНН ' + INN_SEVZ + ' КПП 780501001 ОГРН ' + OGRN_SEVZ,
        '196084, г. Санкт-Петербург, ул. Заставская, д. 31', '', 'Исх. № 412 от 26.11.2026', '',
        ('Информационное письмо', 12, True), '',
        'Настоящим уведомляем об изменении банковских реквизитов с 01.12.2026:', '',
        'р/с ' + RS_MULE, 'АО «ТБанк», г. Москва', 'БИК ' + BIK_TB + '   к/с ' + KS_TB, '',
        'Реквизиты в ПАО «Банк «Санкт-Петербург» с указанной даты недействительны.', '',
        'Генеральный директор                         С.А. Ершов', 'Главный бухгалтер                            М.Н. Ветрова'],
        title='Письмо', author='buh', creator='Microsoft Word', producer='Microsoft: Print To PDF',
        created="D:20261126151000+03'00'")
    add('attack', 'ru', 'tipografiya-smena-rekvizitov', inf, T('2026-11-30 09:51:36', 'RU'),
        ('Бухгалтерия Северная звезда', 'buh@sevzvezda-prlnt.ru'), [OLG],
        'Изменение банковских реквизитов ООО «Типография «Северная звезда»',
        mixed(alt(text(body, 'windows-1251', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'windows-1251', 'RU'), 'windows-1251', 'quoted-printable', 'html')), letter),
        cc=[AND], hcs='windows-1251', henc='B',
        what='"Severnaya Zvezda printing house" announces new bank details at TBank and asks to pay invoice 1187 only there; PDF letter',
        why='Look-alike domain sevzvezda-prlnt.ru ("prlnt" for "print") on a Beget VPS, real printer uses sevzvezda-print.ru on Yandex 360; switch from the known St Petersburg bank to an online bank right before a 1.28 M RUB payment; account numbers are formally valid (BIK control key) but belong to a mule',
        check={'technique': 'Supplier bank-detail change from look-alike domain (rn/ri letter swap) on VPS, PDF letter, RU account with valid BIK key',
               'ru_accounts': [(BIK_TB, RS_MULE)]})

    # =====================================================================
    # GENUINE
    # =====================================================================
    # 37 Printer's invoice from Yandex 360
    inf = I.Yandex(fwd=102)
    body = D('''
        Добрый день, Ольга!

        Направляем счет № 1187 от 27.11.2026 на печать тиража «Соляной путь» (5 000 экз.). Оригиналы УПД отправим через Диадок после отгрузки, отгрузка планируется на 04.12.

        Реквизиты прежние: ПАО «Банк «Санкт-Петербург», р/с %s.

        С уважением,
        Марина Ветрова
        главный бухгалтер
        ООО «Типография «Северная звезда»
        +7 (812) 388-41-20
        ''' % RS_SEVZ)
    schet = pdf_att('Счет_1187_от_27.11.2026.pdf', [
        ('ООО «Типография «Северная звезда»', 13, True), 'ИНН ' + INN_SEVZ + '  КПП 780501001  ОГРН ' + OGRN_SEVZ,
        'Банк: ПАО «Банк «Санкт-Петербург», БИК ' + BIK_BSPB, 'р/с ' + RS_SEVZ + '   к/с ' + KS_BSPB, '',
        ('Счет на оплату № 1187 от 27 ноября 2026 г.', 12, True), '',
        'Покупатель: ООО «Экзампл Груп Рус», ИНН ' + INN_EG + ', КПП 770101001', '',
        '№  Наименование                                   Кол-во   Сумма, руб.',
        '1  Печать книги «Соляной путь», 352 с., 7БЦ       5000     1 070 500,00',
        '   НДС 20%                                                   214 100,00',
        ('   Итого к оплате                                          1 284 600,00', 10, True), '',
        'Руководитель ____________ С.А. Ершов     Главный бухгалтер ____________ М.Н. Ветрова'],
        title='Счет 1187', author='Ветрова М.Н.', creator='1С:Предприятие 8.3', producer='1С:Предприятие 8.3',
        created="D:20261127143000+03'00'")
    add('business', 'ru', 'tipografiya-schet-na-oplatu', inf, T('2026-11-27 14:37:52', 'RU'),
        ('Марина Ветрова', 'buh@sevzvezda-print.ru'), [OLG],
        'Счет № 1187 от 27.11.2026 – «Соляной путь»',
        mixed(alt(text(body, 'utf-8', 'base64'), text(html_of(body, 'yandex', 'utf-8'), 'utf-8', 'base64', 'html')), schet),
        henc='B',
        what='Book printer sends the invoice for a 5,000-copy print run (1C PDF), bank details unchanged',
        why='Printer\'s real domain sevzvezda-print.ru hosted on Yandex 360 (Yandex forward servers), 1C-generated invoice, states that details are unchanged and that UPD documents will come via Diadoc',
        check={'ru_accounts': [(BIK_BSPB, RS_SEVZ)]},
        pair=('tipografiya-smena-rekvizitov', 'Same printer and invoice 1187 - real domain and the known bank account'))

    # 38 Office manager on sick leave from his private Yandex address (The Bat!, koi8-r)
    inf = TheBat(fwd=700)
    body = D('''
        Ольга, Катарина, добрый вечер!

        Пишу с личной почты: у меня температура, завтра взял больничный, электронный листок нетрудоспособности уже открыт в поликлинике, номер пришлю, когда появится в Госуслугах.

        Ольга, платежи на эту неделю я согласовал еще в понедельник, все остальное подождет до моего возвращения. Если что-то срочное - звоните на мобильный, я на связи.

        Андрей
        ''')
    add('business', 'ru', 'rukovoditel-bolnichnyj-lichnaya-pochta', inf, T('2026-12-07 19:22:15', 'RU'),
        ('Андрей Соколов', 'a.sokolov1982@yandex.ru'), [OLG, S('katharina.vogt')],
        'Больничный',
        text(body, 'koi8-r', '8bit'), hcs='koi8-r', henc='B',
        what='Moscow office manager reports sick from his private Yandex address (The Bat!, KOI8-R) to the accountant and the CEO',
        why='His long-known private address from a home PC, HQ (CEO) in copy, refers to the official e-sick-leave process, states explicitly that nothing needs to be paid and invites calls',
        pair=('fakeboss-zvonok-cb-telegram', 'Same person on yandex.ru one day earlier - but known address, HQ in copy, no secrecy or instructions'))

    # 39 Genuine Yandex ID sign-in notice
    inf = I.YandexNotify(fwd=103)
    plain = D('''
        Вход в аккаунт

        Здравствуйте, Андрей!

        В ваш аккаунт andrey.sokolov@examplegroup.eu выполнен вход с нового устройства.

        Устройство: Windows 11, Яндекс Браузер
        Местоположение: Москва, Россия (по IP-адресу)
        Время: 03.12.2026, 09:14 (МСК)

        Если это были вы, ничего делать не нужно.
        Если вы не входили, смените пароль на странице https://id.yandex.ru/security и завершите сеансы на других устройствах.

        С заботой о безопасности,
        команда Яндекс ID
        ''')
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:YS Text,Arial,sans-serif;font-size:15px;color:#000">'
            '<div style="max-width:560px;margin:auto;padding:24px"><div style="font-size:22px;font-weight:bold">%s</div>' % esc('Вход в аккаунт')
            + ''.join('<p>%s</p>' % esc(p).replace('https://id.yandex.ru/security', '<a href="https://id.yandex.ru/security">https://id.yandex.ru/security</a>').replace('\n', '<br>')
                      for p in plain.split('\n\n')[1:]) + '</div></body></html>\n')
    add('business', 'ru', 'yandex-id-vhod-s-novogo-ustrojstva', inf, T('2026-12-03 09:15:02', 'RU'),
        ('Яндекс ID', 'noreply@id.yandex.ru'), [AND],
        'Вход в аккаунт с нового устройства',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        henc='B',
        what='Yandex ID notice of a sign-in from a new device (the office\'s Yandex account for advertising)',
        why='Yandex\'s own notification infrastructure, links only to id.yandex.ru, informational, matches the manager\'s new laptop',
        pair=('diadok-dokument-na-podpis', 'Account notice to the same office - genuine provider, no login link on a foreign domain'))

    # 40 Genuine Diadoc notification
    inf = SV.app_mailer('mail-out3.kontur.ru', '46.17.203.35', 'RU', 'diadoc.ru', 'notify-diadoc-07.kontur.local',
                        'SKB Kontur notification server')
    body = D('''
        Диадок

        Вам пришел документ от ООО "ТИПОГРАФИЯ "СЕВЕРНАЯ ЗВЕЗДА"

        Универсальный передаточный документ N 1187 от 04.12.2026 на сумму 1 284 600,00 руб.
        Ящик получателя: ООО "ЭКЗАМПЛ ГРУП РУС"

        Документ доступен в веб-версии Диадока: https://diadoc.kontur.ru
        Для подписания войдите в Диадок с сертификатом электронной подписи.

        Настроить уведомления можно в разделе "Настройки" вашего ящика.
        АО "ПФ "СКБ Контур"
        ''')
    add('business', 'ru', 'diadok-prishel-upd', inf, T('2026-12-04 15:20:47', 'RU'),
        ('Диадок', 'noreply@diadoc.ru'), [OLG],
        'Вам пришел документ от ООО "ТИПОГРАФИЯ "СЕВЕРНАЯ ЗВЕЗДА"',
        text(body, 'windows-1251', 'base64'), hcs='windows-1251', henc='B',
        what='Genuine Diadoc EDI notice: the printer\'s UPD for invoice 1187 arrived after shipment',
        why='From diadoc.ru via Kontur\'s mail server, refers to the expected UPD after the 04.12 shipment, points only to diadoc.kontur.ru and signing with the company\'s e-signature certificate, no deadline',
        pair=('diadok-dokument-na-podpis', 'Same EDI service and same document number - genuine sender and link, no deadline'))
