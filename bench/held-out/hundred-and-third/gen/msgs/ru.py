# -*- coding: utf-8 -*-
"""Russian attack (37-40) and business (37-40) messages."""
from common import *
from lib.infra import (vps_postfix, unisender, yandex_web, yandex_notif, hexs, alnum, postfix_qid)
from lib.mime import rfc2822, plus
from lib.cryptoaddr import btc_p2pkh

ATTACKS, BUSINESS = [], []
GS_INN = RU['gorservis_inn']
EG_INN = RU['eg_inn']

# 37 FNS "requirement" with password-protected archive
t37 = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 7 по Краснодарскому краю в рамках камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года направляет Вам требование о представлении пояснений в связи с выявленными расхождениями (код ошибки 1 — «разрыв»).

В соответствии с п. 3 ст. 88 НК РФ пояснения необходимо представить в течение пяти рабочих дней. Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ, а также может повлечь приостановление операций по счетам налогоплательщика.

Требование и перечень расхождений находятся во вложении. Архив защищён паролем в целях сохранения налоговой тайны.
Пароль: 2367

С уважением,
Межрайонная ИФНС России № 7 по Краснодарскому краю"""
zip37 = make_zip([('Требование_2367-14862_перечень_расхождений.pdf.exe', PLACEHOLDER, (2026, 10, 26, 8, 51, 4))], password='2367', seed='attack37')
ATTACKS.append(M(
    folder='attack', n=37, lang='ru', slug='fns-trebovanie-arhiv-s-parolem',
    when=('MSK', 2026, 10, 26, 9, 17, 0),
    prof=lambda u, r: vps_postfix(u, r, 'mail.nalog-uvedomlenie.ru', '5-35-88-141.cloudvps.regruhosting.ru', '5.35.88.141', '127.0.0.1',
                                  submit_rdns='localhost', auth_user='uvedomlenie@nalog-uvedomlenie.ru', client_style='script',
                                  domain='nalog-uvedomlenie.ru', zone='MSK'),
    frm=('ФНС России', 'uvedomlenie@nalog-uvedomlenie.ru'), to=[SN('olga.kuznetsova')],
    subject='Требование о представлении пояснений № 2367/14862 (ст. 88 НК РФ)', hcs=('windows-1251', 'B'),
    body=lambda c: MIX(c, T(t37, 'windows-1251', 'base64'),
                       [ATT(zip37, 'Требование_2367-14862.zip', 'application/zip', fn_style='both')]),
    technique='Tax-office lure (FNS) with password-protected ZIP (ZipCrypto) containing a .pdf.exe',
    what='"FNS" demands explanations for VAT discrepancies within five days; encrypted ZIP (password 2367) holds "Требование_…pdf.exe".',
    why='FNS requirements arrive through the EDI operator (TKS) as signed XML, never as e-mail archives; look-alike domain on a rented VPS; double extension executable; account-freeze threat.',
    hardneg=None))

# 38 Fake Diadoc notification via Unisender
D38 = 'https://diadoc-kontur.ru/Box/Document?boxId=3f1a7c2e&letterId=9b8e4d21&documentId=44c0a1f7'
t38 = """Здравствуйте!

В ящик организации ООО «ЭКЗАМПЛ ГРУПП РУС» поступил документ, требующий подписи:

Отправитель: ООО «ТехСнабЮг», ИНН 2309173645
Документ: Акт сверки взаимных расчётов за 9 месяцев 2026 г.
Срок подписания: 3 рабочих дня

[Перейти к документу](%s)

Если документ не будет подписан в срок, отправитель вправе считать акт сверки принятым без разногласий.

С уважением,
команда Контур.Диадока""" % D38
h38 = notice_html('Вам поступил документ на подпись', [
    'Здравствуйте!', 'В ящик организации ООО «ЭКЗАМПЛ ГРУПП РУС» поступил документ, требующий подписи:',
    'Отправитель: ООО «ТехСнабЮг», ИНН 2309173645\nДокумент: Акт сверки взаимных расчётов за 9 месяцев 2026 г.\nСрок подписания: 3 рабочих дня',
    'Если документ не будет подписан в срок, отправитель вправе считать акт сверки принятым без разногласий.'],
    button=('Перейти к документу', D38), footer=['С уважением, команда Контур.Диадока'], brand='Контур.Диадок', color='#1a5ea8', lang='ru')
ATTACKS.append(M(
    folder='attack', n=38, lang='ru', slug='diadok-fishing-akt-sverki',
    when=('MSK', 2026, 11, 13, 11, 46, 0),
    prof=lambda u, r: unisender(u, r),
    frm=('Контур.Диадок', 'noreply@diadoc-kontur.ru'), to=[SN('olga.kuznetsova')],
    return_path='bounce-8841733-olga.kuznetsova=examplegroup.eu@bounces.unisender.com',
    subject='Вам поступил документ на подпись: Акт сверки от ООО «ТехСнабЮг»', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, t38, 'utf-8', 'quoted-printable', html=h38),
    technique='E-document platform (Kontur.Diadoc) credential phishing via bulk ESP (Unisender)',
    what='"Diadoc" notifies about a reconciliation act to sign and links to diadoc-kontur.ru.',
    why='Look-alike domain diadoc-kontur.ru (real service: diadoc.kontur.ru, notifications from diadoc.ru), sent via Unisender; unknown counterparty; deadline; credential harvesting of the EDI account.',
    hardneg='business 39'))

# 39 Contractor bank-detail change from a look-alike domain
t39 = """Ольга Викторовна, добрый день!

Направляю официальное письмо об изменении банковских реквизитов нашей организации. С 07.12.2026 расчётный счёт в Краснодарском отделении № 8619 ПАО Сбербанк закрывается в связи с переходом на обслуживание в АО «Альфа-Банк».

Новые реквизиты:
Получатель: ООО «Горный Сервис»
ИНН %s
р/с %s
Банк: АО «АЛЬФА-БАНК», г. Москва
БИК %s
к/с %s

Просим оплату по счетам № 612 и № 640 (итого 1 284 600,00 руб.) произвести уже по новым реквизитам. Оригинал письма с подписью и печатью вышлем почтой, скан во вложении.

С уважением,
Андрей Волков
Заместитель генерального директора
ООО «Горный Сервис»""" % (GS_INN, RU['fraud_acct'], RU['alfa_bik'], RU['alfa_corr'])
pdf39 = pdf([('ООО «Горный Сервис»', 14, True), 'ИНН ' + GS_INN + '  354392, г. Сочи, п. Эсто-Садок, ул. Эстонская, 37', '',
             'Исх. № 418 от 04.12.2026', '', 'Генеральному директору', 'ООО «ЭКЗАМПЛ ГРУПП РУС»', '',
             ('Уведомление об изменении банковских реквизитов', 12, True), '',
             'Настоящим уведомляем, что с 07.12.2026 расчёты с ООО «Горный Сервис» осуществляются',
             'по следующим реквизитам:', '', 'р/с ' + RU['fraud_acct'], 'АО «АЛЬФА-БАНК», г. Москва',
             'БИК ' + RU['alfa_bik'] + ', к/с ' + RU['alfa_corr'], '', 'Генеральный директор  ______________  С. П. Гончаренко', 'М.П.'],
            title='Письмо об изменении реквизитов', producer='Microsoft® Word 2019', created="20261204094512+03'00'")
ATTACKS.append(M(
    folder='attack', n=39, lang='ru', slug='podryadchik-smena-rekvizitov-lookalike',
    when=('MSK', 2026, 12, 4, 10, 3, 0),
    prof=lambda u, r: vps_postfix(u, r, 'mail.gorservls.ru', 'vds2741903.my-ihor.ru', '45.90.218.74', '91.108.241.77',
                                  auth_user='a.volkov@gorservls.ru', domain='gorservls.ru', zone='MSK', lang='ru'),
    frm=('Андрей Волков', 'a.volkov@gorservls.ru'), to=[SN('olga.kuznetsova')], cc=[SN('dmitry.sokolov')],
    subject=koi('Изменение банковских реквизитов ООО «Горный Сервис»'), hcs=('koi8-r', 'B'),
    body=lambda c: MIX(c, ALT(c, koi(t39), 'koi8-r', 'quoted-printable', style='outlook', lang='RU'),
                       [ATT(pdf39, 'Письмо_смена_реквизитов.pdf', 'application/pdf', fn_style='both')]),
    technique='Vendor bank-detail change (BEC) from look-alike contractor domain (i→l), Russian account with valid BIK key',
    what='"Deputy director of Gorny Servis" announces a move from Sberbank Krasnodar to Alfa-Bank Moscow and asks to pay 1,284,600 RUB to the new account; PDF letter attached.',
    why='gorservls.ru instead of gorservis.ru; sent from a VPS, not from the contractor\'s Yandex 360 mail; new bank in another region; "original will follow by post"; the genuine contractor sends its invoices from buh@gorservis.ru with the Sberbank account (business 37).',
    hardneg='business 37'))

# 40 Sextortion with spoofed self-sender and Bitcoin P2PKH address
BTC40 = btc_p2pkh('audit104-attack40-sextortion')
t40 = """Здравствуйте!

Пишу вам с вашего же адреса, чтобы вы поняли: у меня есть доступ к вашей почте и к вашему устройству.

Несколько месяцев назад вы открыли вложение в одном из писем, и на ваш компьютер была установлена программа, которая даёт мне полный доступ к камере, микрофону, переписке и контактам. Всё это время я наблюдал за вами.

Я записал видео, на котором видно, что вы смотрите на сайтах для взрослых, и одновременно то, что в этот момент снимала ваша камера. Одно нажатие — и это видео получат все ваши коллеги, родственники и контакты из почты и мессенджеров.

Я предлагаю решить вопрос спокойно. Переведите эквивалент 1450 USD в биткоинах на мой кошелёк:

%s

Как купить биткоин, легко найти в интернете. У вас есть 48 часов с момента прочтения письма — я получу уведомление, когда вы его откроете. После оплаты я удалю видео и программу, и вы больше обо мне не услышите.

Не пытайтесь отвечать на это письмо и не обращайтесь в полицию — это бесполезно, а видео будет разослано немедленно.""" % BTC40
ATTACKS.append(M(
    folder='attack', n=40, lang='ru', slug='sekstorshen-bitkoin-podmena-otpravitelya',
    when=('UTC', 2026, 12, 16, 2, 19, 0), date_zone='UTC',
    prof=lambda u, r: custom(('WIN-3K8J2D1F0QH', 'static.vnpt.vn', '14.241.120.66'), [],
                             '<%s@examplegroup.eu>' % alnum(r, 20, '0123456789ABCDEF'), tls=False, zone='UTC', order='plain', delay=1,
                             extra=[('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512'), ('X-Priority', '3'), ('X-MSMail-Priority', 'Normal')]),
    frm=('', 'olga.kuznetsova@examplegroup.eu'), to=[('', 'olga.kuznetsova@examplegroup.eu')],
    return_path='olga.kuznetsova@examplegroup.eu',
    subject='olga.kuznetsova@examplegroup.eu — у меня есть доступ к вашему устройству', hcs=('utf-8', 'B'),
    body=lambda c: T(t40, 'utf-8', '8bit'),
    technique='Sextortion with spoofed own address as sender and Bitcoin (base58check P2PKH) address',
    what='Classic sextortion: claims malware and a webcam video, demands 1,450 USD in BTC to ' + BTC40,
    why='From/Return-Path forged to the recipient\'s own address but delivered directly by a Vietnamese broadband host without TLS (not our relay); bluff without any proof; Bitcoin ransom; deadline and "do not go to the police".',
    hardneg=None))

# =============================================================================================== BUSINESS
b37 = """Ольга Викторовна, добрый день!

Направляем счёт № 640 от 27.11.2026 на оплату работ по техническому обслуживанию канатной дороги «Горная карусель» за ноябрь 2026 г. (договор № 14/ТО-2025) и акт выполненных работ.

Сумма к оплате: 642 300,00 руб., в т. ч. НДС 22 %% — 115 824,59 руб.

Реквизиты для оплаты прежние:
ООО «Горный Сервис», ИНН %s
р/с %s
Краснодарское отделение № 8619 ПАО Сбербанк
БИК %s, к/с %s

УПД направим через Диадок сегодня в течение дня.

С уважением,
Наталья Петрова
бухгалтер ООО «Горный Сервис»
тел. +7 (862) 243-18-07""" % (GS_INN, RU['gorservis_acct'], RU['sber_krd_bik'], RU['sber_krd_corr'])
pdf37 = pdf([('ООО «Горный Сервис»', 14, True), 'ИНН ' + GS_INN + '  КПП 231701001', 'р/с ' + RU['gorservis_acct'],
             'Краснодарское отделение № 8619 ПАО Сбербанк, БИК ' + RU['sber_krd_bik'] + ', к/с ' + RU['sber_krd_corr'], '',
             ('Счёт на оплату № 640 от 27 ноября 2026 г.', 13, True), '',
             'Покупатель: ООО «ЭКЗАМПЛ ГРУПП РУС», ИНН ' + EG_INN, 'Основание: договор № 14/ТО-2025', '',
             '№  Наименование                                         Кол-во   Сумма',
             '1  Техническое обслуживание канатной дороги, ноябрь 2026   1    526 475,41',
             'Итого без НДС:                                                 526 475,41',
             'НДС 22 %:                                                      115 824,59',
             ('Всего к оплате: 642 300,00 руб.', 11, True), '',
             'Руководитель ______________ С. П. Гончаренко      Бухгалтер ______________ Н. А. Петрова'],
            title='Счёт № 640', producer='1С:Предприятие 8.3', created="20261127151212+03'00'")


def prof_thebat(u, r):
    inner = 'mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net' % r.randrange(10, 90)
    fwd = 'forward%d%s.mail.yandex.net' % (r.randrange(100, 600), r.choice('ab'))
    hops = ['from %s (%s [2a02:6b8:c0d:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s-%s;\n\t%s'
            % (inner, inner, r.randrange(4096), r.randrange(65535), fwd, alnum(r, 10), alnum(r, 8), rfc2822(plus(u, 2), 'MSK')),
            'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (inner, alnum(r, 10), alnum(r, 8), rfc2822(plus(u, 1), 'MSK'))]
    return custom((fwd, fwd, '178.154.239.%d' % r.randrange(70, 160)), hops,
                  '<%d.%s@gorservis.ru>' % (r.randrange(10 ** 9, 2 * 10 ** 9), '20261127152012'),
                  extra=[('X-Mailer', 'The Bat! (v11.3.2) Professional'), ('Organization', 'ООО "Горный Сервис"'.encode('koi8-r').decode('latin-1') if False else 'Gorny Servis LLC'),
                         ('X-Priority', '3 (Normal)'), ('X-Yandex-Fwd', '1')],
                  order='plain', zone='MSK', bnd=lambda i: '----------%s' % hexs(r, 16).upper())


BUSINESS.append(M(
    folder='business', n=37, lang='ru', slug='podryadchik-schet-i-akt',
    when=('MSK', 2026, 11, 27, 15, 20, 12),
    prof=prof_thebat,
    frm=(koi('Бухгалтерия ООО «Горный Сервис»'), 'buh@gorservis.ru'), to=[SN('olga.kuznetsova')],
    subject=koi('Счёт № 640 от 27.11.2026 и акт за ноябрь'), hcs=('koi8-r', 'B'),
    body=lambda c: MIX(c, T(koi(b37), 'koi8-r', '8bit'), [ATT(pdf37, 'Счет_640_от_27.11.2026.pdf', 'application/pdf', fn_style='2047', fn_charset='koi8-r')]),
    technique='-',
    what='Ropeway maintenance contractor sends its November invoice (1C PDF) with the usual Sberbank details.',
    why='Real domain on Yandex 360, The Bat! client, koi8-r plain text; account, BIK and correspondent account match the contract and pass the BIK control key; announces the UPD via Diadoc.',
    hardneg='attack 39'))

b38 = """Яндекс ID

Здравствуйте, dsokolov-eg!

В ваш аккаунт Яндекса выполнен вход с нового устройства.

Устройство: Chrome, Windows
Местоположение: Сочи, Россия (примерно)
Время: 16 октября 2026 г., 23:03 (МСК)

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и проверьте список устройств в разделе «Безопасность»: https://id.yandex.ru/security

С уважением,
команда Яндекс ID"""
h38b = notice_html('Вход в аккаунт с нового устройства', [
    'Здравствуйте, dsokolov-eg!', 'В ваш аккаунт Яндекса выполнен вход с нового устройства.',
    'Устройство: Chrome, Windows\nМестоположение: Сочи, Россия (примерно)\nВремя: 16 октября 2026 г., 23:03 (МСК)',
    'Если это были вы, ничего делать не нужно.',
    'Если вы не входили в аккаунт, смените пароль и проверьте список устройств в разделе «Безопасность»: [id.yandex.ru/security](https://id.yandex.ru/security)'],
    footer=['С уважением, команда Яндекс ID', '© 2026 ООО «Яндекс»'], brand='Яндекс ID', color='#fc3f1d', lang='ru')
BUSINESS.append(M(
    folder='business', n=38, lang='ru', slug='yandex-id-vhod-s-novogo-ustroystva',
    when=('MSK', 2026, 10, 16, 23, 4, 0),
    prof=lambda u, r: yandex_notif(u, r),
    frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[S('dmitry.sokolov')], return_path='noreply@id.yandex.ru',
    subject='Вход в аккаунт Яндекса с нового устройства', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, b38, 'utf-8', 'base64', html=h38b),
    technique='-',
    what='Genuine Yandex ID new-sign-in notification for the office\'s Yandex (Direct/Business) account.',
    why='Yandex mail infrastructure and sender, informational only, link to id.yandex.ru.',
    hardneg=None))

D39 = 'https://diadoc.kontur.ru/b7e41c2a-3f19-4d6e-9a80-5c2d1e0f7b34/Document/Show?letterId=0f3a9c71-2e4b-4d88-b1a6-7c5e2d9f0a13'
b39 = """Здравствуйте!

В Диадок поступил документ для ООО «ЭКЗАМПЛ ГРУПП РУС»:

Отправитель: ООО «Горный Сервис», ИНН %s
Документ: УПД № 640 от 27.11.2026 на сумму 642 300,00 ₽
Требуется подпись получателя

[Открыть документ в Диадоке](%s)

Настроить уведомления: https://diadoc.kontur.ru/settings/notifications

Контур.Диадок — система юридически значимого электронного документооборота.
Служба поддержки: 8 800 500-10-18, diadoc@skbkontur.ru""" % (GS_INN, D39)
h39 = notice_html('Новый документ от ООО «Горный Сервис»', [
    'Здравствуйте!', 'В Диадок поступил документ для ООО «ЭКЗАМПЛ ГРУПП РУС»:',
    'Отправитель: ООО «Горный Сервис», ИНН %s\nДокумент: УПД № 640 от 27.11.2026 на сумму 642 300,00 ₽\nТребуется подпись получателя' % GS_INN],
    button=('Открыть документ в Диадоке', D39),
    footer=['[Настроить уведомления](https://diadoc.kontur.ru/settings/notifications)', 'Служба поддержки: 8 800 500-10-18, diadoc@skbkontur.ru'],
    brand='Контур.Диадок', color='#1a5ea8', lang='ru')
BUSINESS.append(M(
    folder='business', n=39, lang='ru', slug='diadok-novyy-dokument-upd',
    when=('MSK', 2026, 11, 27, 15, 42, 0),
    prof=lambda u, r: custom(('smtp-out2.kontur.ru', 'smtp-out2.kontur.ru', '46.17.203.52'),
                             ['from diadoc-notify-04.kontur.local (diadoc-notify-04.kontur.local [10.34.12.84])\n\tby smtp-out2.kontur.ru (Postfix) with ESMTP id %s\n\tfor <olga.kuznetsova@examplegroup.eu>; %s' % (postfix_qid(plus(u, 1), r), rfc2822(plus(u, 1), 'MSK', True))],
                             '<%s.diadoc-notify-04@diadoc.ru>' % hexs(r, 32), order='esp', zone='MSK',
                             extra=[('Auto-Submitted', 'auto-generated'), ('X-Diadoc-Notification', 'NewIncomingDocument')],
                             bnd=lambda i: '----=_NextPart_%s' % hexs(r, 20)),
    frm=('Диадок', 'noreply@diadoc.ru'), to=[SN('olga.kuznetsova')], return_path='noreply@diadoc.ru',
    subject='Новый документ от ООО «Горный Сервис»: УПД № 640 от 27.11.2026', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, b39, 'utf-8', 'quoted-printable', html=h39),
    technique='-',
    what='Genuine Diadoc notification of the contractor\'s UPD (the document announced in business 37).',
    why='Sent by Kontur\'s own relay from diadoc.ru; link to diadoc.kontur.ru; counterparty, amount and number match the invoice; no deadline threats.',
    hardneg='attack 38'))

b40 = """Дмитрий, здравствуйте!

У нас забронирован номер в вашей гостинице на Красной Поляне с 25 по 29 декабря (бронь № КП-26-3390, двое взрослых и ребёнок 7 лет). К сожалению, у мужа поменялся график на работе, и мы хотели бы перенести поездку на 8–12 января.

Подскажите, пожалуйста, возможно ли это и будет ли доплата? Предоплату (15 000 руб.) вносили картой через сайт.

Спасибо!
Ирина Смирнова
+7 918 402-77-15"""
BUSINESS.append(M(
    folder='business', n=40, lang='ru', slug='gost-perenos-bronirovaniya-yandex',
    when=('MSK', 2026, 12, 10, 12, 30, 0),
    prof=lambda u, r: yandex_web(u, r, '176.59.48.201'),
    frm=('Ирина Смирнова', 'irina.smirnova85@yandex.ru'), to=[SN('dmitry.sokolov')],
    subject='Перенос бронирования на январь', hcs=('utf-8', 'B'),
    body=lambda c: Multi('alternative', [T(b40, 'utf-8', 'base64'), H('<div>%s</div>\n' % '</div>\n<div>'.join(
        (l if l else '&nbsp;') for l in b40.split('\n')), 'utf-8', 'base64')], '==' + hexs(c.rng, 24)),
    technique='-',
    what='Guest asks to move her Christmas booking to January.',
    why='Consumer Yandex mailbox (Yandex web, Russian mobile IP), real booking number, no links or attachments.',
    hardneg=None))
