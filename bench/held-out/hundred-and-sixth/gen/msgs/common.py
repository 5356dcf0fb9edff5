"""Sending infrastructure of the genuine correspondents (shared by several messages)."""
from eglib.infra import M365, ExchangeInternal, OutlookSMTP, TheBat


def lieferant(**kw):
    d = dict(srv='BE1P281MB2034', srv2='FR3P281MB1561', region='DEUP281', accept_lang='de-DE, en-US', content_lang='de-DE',
             eop=('DEU01-BE0-obe.outbound.protection.outlook.com', 'mail-be0deu01on2096.outbound.protection.outlook.com', '52.101.70.96'),
             hcs='windows-1252', org='lieferant-gmbh.de')
    d.update(kw)
    return M365(**d)


def partner_logistik(**kw):
    d = dict(srv='PA4P190MB1187', srv2='PR3P190MB0893', region='EURP190', accept_lang='pl-PL, en-US', content_lang='pl-PL',
             eop=('EUR05-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur05on2109.outbound.protection.outlook.com', '40.107.21.109'),
             hcs='iso-8859-2', org='partner-logistik.pl')
    d.update(kw)
    return M365(**d)


def carter_bramwell(**kw):
    d = dict(srv='LO4P265MB6021', srv2='LO2P265MB2874', region='GBRP265', accept_lang='en-GB, en-US', content_lang='en-GB',
             eop=('GBR01-LO2-obe.outbound.protection.outlook.com', 'mail-lo2gbr01on2112.outbound.protection.outlook.com', '40.107.20.112'),
             hcs='iso-8859-1', org='carterbramwell.co.uk')
    d.update(kw)
    return M365(**d)


def ferretti(**kw):
    d = dict(hoster='aruba', desktop='AMMINISTR-PC02', origin='93.45.118.201',
             client_t=('smtpdh19-2.aruba.it', 'smtpdh19-2.aruba.it', '62.149.155.164'), hcs='windows-1252', content_lang='it', sender_zone='it')
    d.update(kw)
    return OutlookSMTP(**d)


def termoserwis(**kw):
    d = dict(hoster='homepl', host='serwer2387614.home.pl', desktop='BIURO-TS01', origin='83.21.160.47', origin_rdns='aaeb47.neoplus.adsl.tpnet.pl',
             client_t=('serwer2387614.home.pl', 'serwer2387614.home.pl', '46.242.244.91'), hcs='windows-1250', content_lang='pl', sender_zone='pl')
    d.update(kw)
    return OutlookSMTP(**d)


def olympos(**kw):
    d = dict(hoster='plesk', host='mail.olympos-cleaning.gr', origin='94.69.211.18', origin_rdns='ppp-94-69-211-18.home.otenet.gr',
             client_t=('mail.olympos-cleaning.gr', 'vps117243.grhostcloud.gr', '185.4.134.117'), hcs='iso-8859-7', content_lang='el', sender_zone='gr')
    d.update(kw)
    return OutlookSMTP(**d)


def severstroy(**kw):
    d = dict(hoster='yandex', client_t=('forward102b.mail.yandex.net', 'forward102b.mail.yandex.net', '178.154.239.149'),
             hcs='koi8-r', henc='B', content_lang='ru', sender_zone='ru')
    d.update(kw)
    return OutlookSMTP(**d)


def internal(lang='de', **kw):
    d = {'de': dict(accept_lang='de-DE, en-US', content_lang='de-DE', hcs='iso-8859-1', henc='Q'),
         'en': dict(accept_lang='en-US, de-DE', content_lang='en-US', hcs='us-ascii', henc='Q'),
         'it': dict(accept_lang='it-IT, en-US', content_lang='it-IT', hcs='utf-8', henc='B'),
         'el': dict(accept_lang='el-GR, en-US', content_lang='el-GR', hcs='utf-8', henc='B'),
         'ru': dict(accept_lang='ru-RU, en-US', content_lang='ru-RU', hcs='koi8-r', henc='B')}[lang]
    d.update(kw)
    return ExchangeInternal(**d)
