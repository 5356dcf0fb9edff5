"""Russian attack messages (37-40)."""
from common import *  # noqa
from banking import ru_account, ru_inn10
from providers import vps_postfix
from routes import Webmail, thebat, hop_postfix_sub, ORDER_PHP, ORDER_BAT
from util import rfcdate, DIGITS

MESSAGES = []
SEVRYBA_INN = ru_inn10('519012883')
TBANK_BIK = '044525974'
TBANK_CORR = '30101810145250000974'
ACC38 = ru_account(TBANK_BIK, '40702810010000448127')

# ------------------------------------------------------------------ 37 FGIS Mercury (VetIS) credential phishing
u37 = 'https://mercury-vetrf.ru/hs/auth/?login=vet&return=/operations/vsd'
t37 = """Федеральная служба по ветеринарному и фитосанитарному надзору
ФГИС "ВетИС" - компонент "Меркурий"

Уважаемый пользователь!

В ходе плановой проверки учетных записей хозяйствующих субъектов выявлено, что для вашей учетной записи не подтверждена привязка к площадке (поднадзорный объект: холодильный склад, г. Мурманск, ул. Шмидта, 39).

В соответствии с Приказом Минсельхоза России N 862 от 13.12.2022 учетные записи с неподтвержденной привязкой будут заблокированы 27.11.2026. После блокировки оформление и гашение ветеринарных сопроводительных документов (ВСД) на рыбную продукцию станет невозможным до повторной регистрации.

Для подтверждения войдите в систему под своей учетной записью ВетИС:
{u}

Если подтверждение уже выполнено, повторных действий не требуется.

С уважением,
Служба технической поддержки ФГИС "ВетИС"
Письмо сформировано автоматически, отвечать на него не нужно.""".format(u=u37)
h37 = h_notice('koi8-r', 'ФГИС "ВетИС" - подтверждение учетной записи', [
    'Уважаемый пользователь!',
    'В ходе плановой проверки учетных записей хозяйствующих субъектов выявлено, что для вашей учетной записи не подтверждена привязка к площадке (поднадзорный объект: холодильный склад, г. Мурманск, ул. Шмидта, 39).',
    'В соответствии с Приказом Минсельхоза России N 862 от 13.12.2022 учетные записи с неподтвержденной привязкой будут <b>заблокированы 27.11.2026</b>. После блокировки оформление и гашение ветеринарных сопроводительных документов (ВСД) на рыбную продукцию станет невозможным до повторной регистрации.'],
    button=('Войти в ВетИС', u37), color='#1f5c99', brand='ВетИС &middot; Меркурий', lang='ru',
    after=['Если подтверждение уже выполнено, повторных действий не требуется.'],
    footer='Служба технической поддержки ФГИС "ВетИС"<br>Письмо сформировано автоматически, отвечать на него не нужно.')
MESSAGES.append(dict(
    slug='vetis-mercury-blokirovka',
    frm=('ФГИС ВетИС Меркурий', 'noreply@mercury-vetrf.ru'), to=[S['purch_ru']], cc=[S['mgr_ru']],
    subject='ВетИС.Меркурий: учетная запись будет заблокирована 27.11.2026',
    date='2026-11-20 11:18:42', zone='RU',
    via=vps_postfix('mail.mercury-vetrf.ru', 'v2478311.hosted-by-vdsina.ru', '185.104.113.87',
                    client='Thunderbird', zone='RU', user_ip='91.243.61.18'),
    body=alt(Text(t37, 'koi8-r', 'quoted-printable'), Text(h37, 'koi8-r', 'quoted-printable', 'html')),
    what='Trade-specific credential phishing: fake notice from the Rosselkhoznadzor VetIS "Mercury" system (mandatory veterinary certificates for fish) threatening account blocking; link to a fake VetIS login.',
    why='Look-alike domain mercury-vetrf.ru (real: mercury.vetrf.ru) on a VDSina VPS, blocking threat affecting all fish shipments, harvests VetIS credentials that allow issuing/cancelling veterinary documents.',
    tech=['credential phishing: trade-specific regulator portal (VetIS Mercury)', 'look-alike domain', 'VPS infrastructure'],
))

# ------------------------------------------------------------------ 38 look-alike supplier: change of bank details
t38 = """Добрый день, Ольга!

Направляем Вам информационное письмо об изменении банковских реквизитов ООО «Северная рыба». В связи с переводом расчетного обслуживания из Мурманского отделения ПАО Сбербанк просим с 16.11.2026 производить оплату только по новым реквизитам:

Получатель: ООО «Северная рыба»
ИНН {inn}, КПП 519001001
Р/с {acc}
Банк: АО «ТБанк», г. Москва
БИК {bik}
К/с {corr}

Старый счет в Сбербанке закрывается, платежи на него будут возвращаться.

Также просим оплатить счет № 1187 от 10.11.2026 на сумму 1 286 400,00 руб. (треска б/г мороженая, 8,4 т) до пятницы - иначе не успеем поставить партию под ваш рейс на следующей неделе. Письмо за подписью генерального директора во вложении, оригинал передадим с водителем.

С уважением,
Ирина Волкова
менеджер по продажам
ООО «Северная рыба»
г. Мурманск, ул. Траловая, 12""".format(inn=SEVRYBA_INN, acc=ACC38, bik=TBANK_BIK, corr=TBANK_CORR)
letter38 = letter_pdf([
    ('b', 'OOO "Severnaya Ryba"'), ('s', '183001 Murmansk, ul. Tralovaya 12, INN %s' % SEVRYBA_INN), '',
    ('h', 'Informatsionnoe pismo ob izmenenii rekvizitov'), '',
    'Uvazhaemye partnery!', 'S 16.11.2026 prosim proizvodit oplatu po novym bankovskim rekvizitam:', '',
    'R/s ' + ACC38, 'Bank: AO "TBank", g. Moskva', 'BIK ' + TBANK_BIK, 'K/s ' + TBANK_CORR, '',
    'Generalnyi direktor ____________ S.V. Lebedev',
], 'Pismo o smene rekvizitov', 'Volkova', creator='Microsoft Word', producer='Microsoft: Print To PDF',
    pdfdate="20261112101501+03'00'")
MESSAGES.append(dict(
    slug='sevryba-lookalike-smena-rekvizitov',
    frm=('Ирина Волкова', 'i.volkova@sev-ryba-murmansk.ru'), to=[S['acc_ru']],
    subject='Изменение банковских реквизитов ООО «Северная рыба»',
    date='2026-11-12 10:22:31', zone='RU',
    via=thebat(('mail.sev-ryba-murmansk.ru', 'ip-77-91-78-14.aeza.network', '77.91.78.14'),
               [hop_postfix_sub('[192.168.0.101]', 'unknown', '95.165.14.203', 'mail.sev-ryba-murmansk.ru', 'RU')]),
    body=mixed(Text(t38, 'windows-1251', 'quoted-printable'),
               Att('Pismo_o_smene_rekvizitov.pdf', 'application/pdf', letter38)),
    what='Supplier bank-detail change from a look-alike of the Murmansk cod supplier (sev-ryba-murmansk.ru): new account at a Moscow bank, plus urgent payment of a 1.29 million RUB invoice.',
    why='Look-alike domain (extra hyphen) on an Aeza VPS, move of a Murmansk supplier\'s account to a remote bank, pressure tied to a shipment, unsigned "director\'s letter"; bank data are valid (BIK key checks out), which makes it convincing.',
    tech=['BEC / supplier bank-detail change', 'look-alike domain', 'VPS infrastructure'],
))

# ------------------------------------------------------------------ 39 Yandex ID phishing
u39 = 'https://passport-yandex-id.ru/auth/restore?uid=1130000041187&track=2e5f'
t39 = """Яндекс ID

Вход в аккаунт с нового устройства

Здравствуйте, Алексей!

В ваш аккаунт Яндекс ID выполнен вход с нового устройства:
Устройство: Windows 10, Chrome 131
Местоположение: Алматы, Казахстан
IP-адрес: 95.56.***.***
Время: 26 ноября 2026, 03:47 (МСК)

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и завершите все сеансы, иначе доступ к Директу, Метрике и рекламному кабинету может быть утерян:
{u}

С заботой о безопасности,
команда Яндекс ID""".format(u=u39)
h39 = h_notice('utf-8', 'Вход в аккаунт с нового устройства', [
    'Здравствуйте, Алексей!',
    'В ваш аккаунт Яндекс ID выполнен вход с нового устройства:<br>Устройство: Windows 10, Chrome 131<br>Местоположение: Алматы, Казахстан<br>IP-адрес: 95.56.***.***<br>Время: 26 ноября 2026, 03:47 (МСК)',
    'Если это были вы, ничего делать не нужно.',
    'Если вы не входили в аккаунт, смените пароль и завершите все сеансы, иначе доступ к Директу, Метрике и рекламному кабинету может быть утерян.'],
    button=('Это был не я', u39), color='#fc3f1d', brand='Яндекс ID', lang='ru',
    footer='С заботой о безопасности, команда Яндекс ID')
MESSAGES.append(dict(
    slug='yandex-id-phishing-novoe-ustroystvo',
    frm=('Яндекс ID', 'noreply@id-yandex-security.ru'), to=[S['mgr_ru']],
    subject='Вход в аккаунт с нового устройства',
    date='2026-11-26 07:52:10', zone='RU',
    via=Webmail(('mail.id-yandex-security.ru', 'vm-5-188-118-41.cloudvps.regruhosting.ru', '5.188.118.41'), [],
                lambda c: '<%d.%s@id-yandex-security.ru>' % (c.i('y1', 10 ** 12, 10 ** 13), c.hx('y2', 10)),
                order=ORDER_PHP, ctstyle='generic', hdr_cs='utf-8', hdr_enc='B'),
    body=alt(Text(t39, 'utf-8', 'base64'), Text(h39, 'utf-8', 'base64', 'html')),
    what='Account phishing imitating a Yandex ID new-sign-in alert ("that wasn\'t me" button) to steal the Russian office\'s Yandex account used for Direct/Metrica advertising.',
    why='Sender domain id-yandex-security.ru is not yandex.ru, sent directly from a Reg.ru cloud VPS, fear trigger (login from Kazakhstan), link to passport-yandex-id.ru credential page.',
    tech=['credential phishing: consumer/platform account (Yandex ID)', 'look-alike domain', 'VPS infrastructure'],
))

# ------------------------------------------------------------------ 40 "reconciliation act" encrypted ZIP from mail.ru
t40 = """Добрый день!

Направляем акт сверки взаимных расчетов за 3 квартал 2026 г. Просим проверить, подписать и вернуть скан в течение 3 рабочих дней. В случае расхождений просим указать их в акте.

Архив защищен паролем (требование службы безопасности): 2026

Также напоминаем, что оригиналы документов будут направлены через ЭДО.

С уважением,
главный бухгалтер
ООО «Полярный транзит»
Иванова Е.А.
тел. (8152) 45-18-77"""
zip40 = zip_bytes([('Акт_сверки_3кв_2026.pdf.scr', PLACEHOLDER),
                   ('Счета-фактуры_3кв.xls.js', PLACEHOLDER)],
                  when=(2026, 10, 29, 9, 12, 0), password='2026', seed='40ru')


def mailru_hop(c):
    return ('by smtp52.i.mail.ru with esmtpa (envelope-from <buh.polar-tranzit@mail.ru>)\r\n'
            '\tid 1u%s-0000%s-%s; %s' % (c.r('m1', 4), c.r('m2', 2), c.r('m3', 2), rfcdate(c.at(1), 'RU')))


MESSAGES.append(dict(
    slug='akt-sverki-zip-parol-mailru',
    frm=('Бухгалтерия ООО «Полярный транзит»', 'buh.polar-tranzit@mail.ru'), to=[S['acc_ru']],
    subject='Акт сверки за 3 квартал 2026',
    date='2026-10-29 09:15:04', zone='RU',
    via=Webmail(('smtp52.i.mail.ru', 'smtp52.i.mail.ru', '95.163.41.90'), [mailru_hop],
                lambda c: '<%d.%d@f%d.i.mail.ru>' % (int(c.t.timestamp()), c.i('mr', 10 ** 8, 10 ** 9), c.i('mf', 100, 999)),
                mailer=('X-Mailer', 'Mail.Ru Mailer 1.0'), order=ORDER_PHP, ctstyle='generic',
                hdr_cs='windows-1251', hdr_enc='B',
                extra=[('X-7564579A', '646B95376F6C2A2C'), ('X-77F55803', '4F1203BC0FB41BD9'),
                       ('X-Mailru-Sender', lambda c: c.hx('ms', 40, True))]),
    body=mixed(Text(t40, 'windows-1251', 'base64'),
               Att('Акт_сверки_3кв_2026.zip', 'application/zip', zip40, name_cs='utf-8')),
    zip_password='2026',
    what='Accounting malspam: "reconciliation statement Q3" from a mail.ru address of an unknown transport company, password-protected ZIP with a .pdf.scr and .xls.js (placeholders).',
    why='Akt sverki lures with encrypted archives are a classic Russian malware vector (RTM/Buhtrap style); company with no relationship, free mail.ru mailbox, executable screensaver and script disguised as documents, password to evade scanning.',
    tech=['password-protected archive (ZipCrypto)', 'malware lure: executable / script in archive', 'free-mail sender (mail.ru)'],
))
