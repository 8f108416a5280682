# Peer connections of Sandbox (network-hub) (1510203040506070), Sandbox (app-team) (1420304050607080), Sandbox (partner) (1730405060708090)
# as the alicloud provider's resources (Terraform >= 1.5 for the import blocks).
# 11 peer connections exported.
# Left out (3), records that never became links: legacy-northwind-link (pcc-bp1zzco0wzgiwhmr2uzv8, Deleting), checkout-sg-to-hub (pcc-t4nbjq7wunepilcvq7nah, Expired), northwind-edi-request (pcc-uf67lb3645j8so4ommi4a, Rejected)
terraform {
  required_version = ">= 1.5.0"
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.240.0"
    }
  }
}

# Sandbox app-team (account 1420304050607080) in China (Beijing) · cn-beijing
provider "alicloud" {
  alias    = "sandbox_app_team_cn_beijing"
  region   = "cn-beijing"
  profile  = "sandbox-app-team"
  protocol = "HTTP"

  endpoints {
    vpc     = "127.0.0.1:8917"
    vpcpeer = "127.0.0.1:8917"
  }
}

# Sandbox app-team (account 1420304050607080) in China (Hangzhou) · cn-hangzhou
provider "alicloud" {
  alias    = "sandbox_app_team_cn_hangzhou"
  region   = "cn-hangzhou"
  profile  = "sandbox-app-team"
  protocol = "HTTP"

  endpoints {
    vpc     = "127.0.0.1:8917"
    vpcpeer = "127.0.0.1:8917"
  }
}

# Sandbox app-team (account 1420304050607080) in China (Shanghai) · cn-shanghai
provider "alicloud" {
  alias    = "sandbox_app_team_cn_shanghai"
  region   = "cn-shanghai"
  profile  = "sandbox-app-team"
  protocol = "HTTP"

  endpoints {
    vpc     = "127.0.0.1:8917"
    vpcpeer = "127.0.0.1:8917"
  }
}

# Sandbox network-hub (account 1510203040506070) in Singapore · ap-southeast-1
provider "alicloud" {
  alias    = "sandbox_network_hub_ap_southeast_1"
  region   = "ap-southeast-1"
  profile  = "sandbox-network-hub"
  protocol = "HTTP"

  endpoints {
    vpc     = "127.0.0.1:8917"
    vpcpeer = "127.0.0.1:8917"
  }
}

# Sandbox network-hub (account 1510203040506070) in China (Beijing) · cn-beijing
provider "alicloud" {
  alias    = "sandbox_network_hub_cn_beijing"
  region   = "cn-beijing"
  profile  = "sandbox-network-hub"
  protocol = "HTTP"

  endpoints {
    vpc     = "127.0.0.1:8917"
    vpcpeer = "127.0.0.1:8917"
  }
}

# Sandbox network-hub (account 1510203040506070) in China (Hangzhou) · cn-hangzhou
provider "alicloud" {
  alias    = "sandbox_network_hub_cn_hangzhou"
  region   = "cn-hangzhou"
  profile  = "sandbox-network-hub"
  protocol = "HTTP"

  endpoints {
    vpc     = "127.0.0.1:8917"
    vpcpeer = "127.0.0.1:8917"
  }
}

# Sandbox network-hub (account 1510203040506070) in China (Shanghai) · cn-shanghai
provider "alicloud" {
  alias    = "sandbox_network_hub_cn_shanghai"
  region   = "cn-shanghai"
  profile  = "sandbox-network-hub"
  protocol = "HTTP"

  endpoints {
    vpc     = "127.0.0.1:8917"
    vpcpeer = "127.0.0.1:8917"
  }
}

# Sandbox partner (account 1730405060708090) in Singapore · ap-southeast-1
provider "alicloud" {
  alias    = "sandbox_partner_ap_southeast_1"
  region   = "ap-southeast-1"
  profile  = "sandbox-partner"
  protocol = "HTTP"

  endpoints {
    vpc     = "127.0.0.1:8917"
    vpcpeer = "127.0.0.1:8917"
  }
}

# Sandbox partner (account 1730405060708090) in China (Shanghai) · cn-shanghai
provider "alicloud" {
  alias    = "sandbox_partner_cn_shanghai"
  region   = "cn-shanghai"
  profile  = "sandbox-partner"
  protocol = "HTTP"

  endpoints {
    vpc     = "127.0.0.1:8917"
    vpcpeer = "127.0.0.1:8917"
  }
}

# analytics-to-dr-hub (pcc-2zehcajx4ciyd4v03nhkv): Accepting
# from analytics-bj (vpc-2zeucc9pr8hxlsl453ltp), China (Beijing)
# to   hub-dr-bj (vpc-2ze1s9h1cbjuu0dspdst9), China (Beijing)
resource "alicloud_vpc_peer_connection" "analytics_to_dr_hub" {
  provider             = alicloud.sandbox_app_team_cn_beijing
  peer_connection_name = "analytics-to-dr-hub"
  vpc_id               = "vpc-2zeucc9pr8hxlsl453ltp"
  accepting_ali_uid    = 1510203040506070
  accepting_region_id  = "cn-beijing"
  accepting_vpc_id     = "vpc-2ze1s9h1cbjuu0dspdst9"
  description          = "Analytics backups to the DR hub"
  resource_group_id    = "rg-acfmzapp2default"
}

import {
  to = alicloud_vpc_peer_connection.analytics_to_dr_hub
  id = "pcc-2zehcajx4ciyd4v03nhkv"
}

# accepter side of analytics-to-dr-hub (pcc-2zehcajx4ciyd4v03nhkv)
# destroying this block deletes the connection itself
resource "alicloud_vpc_peer_connection_accepter" "analytics_to_dr_hub" {
  provider                      = alicloud.sandbox_network_hub_cn_beijing
  instance_id                   = alicloud_vpc_peer_connection.analytics_to_dr_hub.id
  peer_connection_accepter_name = "analytics-to-dr-hub"
  description                   = "Analytics backups to the DR hub"
  resource_group_id             = "rg-acfmzapp2default"
}

import {
  to = alicloud_vpc_peer_connection_accepter.analytics_to_dr_hub
  id = "pcc-2zehcajx4ciyd4v03nhkv"
}

# bj-dr-to-transit (pcc-2zel5de6e843ed22ddzlg): Updating
# from hub-dr-bj (vpc-2ze1s9h1cbjuu0dspdst9), China (Beijing)
# to   hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
resource "alicloud_vpc_peer_connection" "bj_dr_to_transit" {
  provider             = alicloud.sandbox_network_hub_cn_beijing
  peer_connection_name = "bj-dr-to-transit"
  vpc_id               = "vpc-2ze1s9h1cbjuu0dspdst9"
  accepting_ali_uid    = 1510203040506070
  accepting_region_id  = "cn-hangzhou"
  accepting_vpc_id     = "vpc-bp1jv280enmcih4aj2dml"
  description          = "DR backbone; bandwidth upgrade in progress"
  bandwidth            = 2048
  link_type            = "Platinum"
  resource_group_id    = "rg-acfmzhub7default"
}

import {
  to = alicloud_vpc_peer_connection.bj_dr_to_transit
  id = "pcc-2zel5de6e843ed22ddzlg"
}

# hz-sh-backbone (pcc-bp15em6axxs5heiybxcjm): Activated
# from hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
# to   hub-egress-sh (vpc-uf69b9lc2jkcgt1shm5nw), China (Shanghai)
resource "alicloud_vpc_peer_connection" "hz_sh_backbone" {
  provider             = alicloud.sandbox_network_hub_cn_hangzhou
  peer_connection_name = "hz-sh-backbone"
  vpc_id               = "vpc-bp1jv280enmcih4aj2dml"
  accepting_ali_uid    = 1510203040506070
  accepting_region_id  = "cn-shanghai"
  accepting_vpc_id     = "vpc-uf69b9lc2jkcgt1shm5nw"
  description          = "Hangzhou to Shanghai hub backbone"
  bandwidth            = 1024
  link_type            = "Gold"
  resource_group_id    = "rg-acfmznetcore4k2q"
  tags = {
    env = "prod"
  }
}

import {
  to = alicloud_vpc_peer_connection.hz_sh_backbone
  id = "pcc-bp15em6axxs5heiybxcjm"
}

# payments-to-analytics (pcc-bp19p3k5yzmit1cbd8jhi): Activated
# from payments-prod-hz (vpc-bp10bfoj33jdkcfli8g17), China (Hangzhou)
# to   analytics-bj (vpc-2zeucc9pr8hxlsl453ltp), China (Beijing)
resource "alicloud_vpc_peer_connection" "payments_to_analytics" {
  provider             = alicloud.sandbox_app_team_cn_hangzhou
  peer_connection_name = "payments-to-analytics"
  vpc_id               = "vpc-bp10bfoj33jdkcfli8g17"
  accepting_ali_uid    = 1420304050607080
  accepting_region_id  = "cn-beijing"
  accepting_vpc_id     = "vpc-2zeucc9pr8hxlsl453ltp"
  description          = "Ledger exports to the Beijing warehouse"
  bandwidth            = 512
  link_type            = "Silver"
  resource_group_id    = "rg-acfmzpayprod9xw1"
  tags = {
    team = "payments"
  }
}

import {
  to = alicloud_vpc_peer_connection.payments_to_analytics
  id = "pcc-bp19p3k5yzmit1cbd8jhi"
}

# hub-to-payments-prod (pcc-bp1c8ezqnqmmj78hx22hu): Activated
# from hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
# to   payments-prod-hz (vpc-bp10bfoj33jdkcfli8g17), China (Hangzhou)
resource "alicloud_vpc_peer_connection" "hub_to_payments_prod" {
  provider             = alicloud.sandbox_network_hub_cn_hangzhou
  peer_connection_name = "hub-to-payments-prod"
  vpc_id               = "vpc-bp1jv280enmcih4aj2dml"
  accepting_ali_uid    = 1420304050607080
  accepting_region_id  = "cn-hangzhou"
  accepting_vpc_id     = "vpc-bp10bfoj33jdkcfli8g17"
  description          = "Transit access for the payments platform"
  resource_group_id    = "rg-acfmzpayprod9xw1"
  tags = {
    team = "payments"
  }
}

import {
  to = alicloud_vpc_peer_connection.hub_to_payments_prod
  id = "pcc-bp1c8ezqnqmmj78hx22hu"
}

# accepter side of hub-to-payments-prod (pcc-bp1c8ezqnqmmj78hx22hu)
# destroying this block deletes the connection itself
resource "alicloud_vpc_peer_connection_accepter" "hub_to_payments_prod" {
  provider                      = alicloud.sandbox_app_team_cn_hangzhou
  instance_id                   = alicloud_vpc_peer_connection.hub_to_payments_prod.id
  peer_connection_accepter_name = "hub-to-payments-prod"
  description                   = "Transit access for the payments platform"
  resource_group_id             = "rg-acfmzpayprod9xw1"
}

import {
  to = alicloud_vpc_peer_connection_accepter.hub_to_payments_prod
  id = "pcc-bp1c8ezqnqmmj78hx22hu"
}

# prod-staging-mirror (pcc-bp1jb0cndl9da1i30tc6q): Creating
# from payments-prod-hz (vpc-bp10bfoj33jdkcfli8g17), China (Hangzhou)
# to   payments-staging-hz (vpc-bp1yhxcjrg2it6jv3p0l0), China (Hangzhou)
resource "alicloud_vpc_peer_connection" "prod_staging_mirror" {
  provider             = alicloud.sandbox_app_team_cn_hangzhou
  peer_connection_name = "prod-staging-mirror"
  vpc_id               = "vpc-bp10bfoj33jdkcfli8g17"
  accepting_ali_uid    = 1420304050607080
  accepting_region_id  = "cn-hangzhou"
  accepting_vpc_id     = "vpc-bp1yhxcjrg2it6jv3p0l0"
  description          = "Traffic mirror from prod to staging"
  resource_group_id    = "rg-acfmzapp2default"
}

import {
  to = alicloud_vpc_peer_connection.prod_staging_mirror
  id = "pcc-bp1jb0cndl9da1i30tc6q"
}

# transit-to-shared-services (pcc-bp1tm6abo5zvqodh9j4d4): Activated
# from hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
# to   shared-services-hz (vpc-bp1n1w04l9d0dv4zc8y9d), China (Hangzhou)
resource "alicloud_vpc_peer_connection" "transit_to_shared_services" {
  provider             = alicloud.sandbox_network_hub_cn_hangzhou
  peer_connection_name = "transit-to-shared-services"
  vpc_id               = "vpc-bp1jv280enmcih4aj2dml"
  accepting_ali_uid    = 1510203040506070
  accepting_region_id  = "cn-hangzhou"
  accepting_vpc_id     = "vpc-bp1n1w04l9d0dv4zc8y9d"
  description          = "Hub transit to DNS and CI"
  resource_group_id    = "rg-acfmznetcore4k2q"
  tags = {
    env = "prod"
  }
}

import {
  to = alicloud_vpc_peer_connection.transit_to_shared_services
  id = "pcc-bp1tm6abo5zvqodh9j4d4"
}

# payments-staging-to-transit (pcc-bp1w4ql2vjyx92ot593vn): Accepting
# from payments-staging-hz (vpc-bp1yhxcjrg2it6jv3p0l0), China (Hangzhou)
# to   hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
resource "alicloud_vpc_peer_connection" "payments_staging_to_transit" {
  provider             = alicloud.sandbox_app_team_cn_hangzhou
  peer_connection_name = "payments-staging-to-transit"
  vpc_id               = "vpc-bp1yhxcjrg2it6jv3p0l0"
  accepting_ali_uid    = 1510203040506070
  accepting_region_id  = "cn-hangzhou"
  accepting_vpc_id     = "vpc-bp1jv280enmcih4aj2dml"
  description          = "Staging needs the shared CI through the hub"
  resource_group_id    = "rg-acfmzapp2default"
}

import {
  to = alicloud_vpc_peer_connection.payments_staging_to_transit
  id = "pcc-bp1w4ql2vjyx92ot593vn"
}

# accepter side of payments-staging-to-transit (pcc-bp1w4ql2vjyx92ot593vn)
# destroying this block deletes the connection itself
resource "alicloud_vpc_peer_connection_accepter" "payments_staging_to_transit" {
  provider                      = alicloud.sandbox_network_hub_cn_hangzhou
  instance_id                   = alicloud_vpc_peer_connection.payments_staging_to_transit.id
  peer_connection_accepter_name = "payments-staging-to-transit"
  description                   = "Staging needs the shared CI through the hub"
  resource_group_id             = "rg-acfmzapp2default"
}

import {
  to = alicloud_vpc_peer_connection_accepter.payments_staging_to_transit
  id = "pcc-bp1w4ql2vjyx92ot593vn"
}

# hub-sg-to-northwind-tracking (pcc-t4nleockx7zvwt28ez940): Accepting
# from hub-sg (vpc-t4n2k9vdrkfnbes81jsdj), Singapore
# to   northwind-tracking-sg (vpc-t4nhyeg8wamkpe9zcj0qk), Singapore
resource "alicloud_vpc_peer_connection" "hub_sg_to_northwind_tracking" {
  provider             = alicloud.sandbox_network_hub_ap_southeast_1
  peer_connection_name = "hub-sg-to-northwind-tracking"
  vpc_id               = "vpc-t4n2k9vdrkfnbes81jsdj"
  accepting_ali_uid    = 1730405060708090
  accepting_region_id  = "ap-southeast-1"
  accepting_vpc_id     = "vpc-t4nhyeg8wamkpe9zcj0qk"
  description          = "Shipment tracking feed for checkout"
  resource_group_id    = "rg-acfmznwl5default"
}

import {
  to = alicloud_vpc_peer_connection.hub_sg_to_northwind_tracking
  id = "pcc-t4nleockx7zvwt28ez940"
}

# accepter side of hub-sg-to-northwind-tracking (pcc-t4nleockx7zvwt28ez940)
# destroying this block deletes the connection itself
resource "alicloud_vpc_peer_connection_accepter" "hub_sg_to_northwind_tracking" {
  provider                      = alicloud.sandbox_partner_ap_southeast_1
  instance_id                   = alicloud_vpc_peer_connection.hub_sg_to_northwind_tracking.id
  peer_connection_accepter_name = "hub-sg-to-northwind-tracking"
  description                   = "Shipment tracking feed for checkout"
  resource_group_id             = "rg-acfmznwl5default"
}

import {
  to = alicloud_vpc_peer_connection_accepter.hub_sg_to_northwind_tracking
  id = "pcc-t4nleockx7zvwt28ez940"
}

# egress-to-payments-dr (pcc-uf67rdlhel1g0d4n164f4): Activated
# from hub-egress-sh (vpc-uf69b9lc2jkcgt1shm5nw), China (Shanghai)
# to   payments-dr-sh (vpc-uf6aggv5hcbyfk0vl02zy), China (Shanghai)
resource "alicloud_vpc_peer_connection" "egress_to_payments_dr" {
  provider             = alicloud.sandbox_network_hub_cn_shanghai
  peer_connection_name = "egress-to-payments-dr"
  vpc_id               = "vpc-uf69b9lc2jkcgt1shm5nw"
  accepting_ali_uid    = 1420304050607080
  accepting_region_id  = "cn-shanghai"
  accepting_vpc_id     = "vpc-uf6aggv5hcbyfk0vl02zy"
  description          = "DR replication path; the app team has not added its route yet"
  resource_group_id    = "rg-acfmzapp2default"
}

import {
  to = alicloud_vpc_peer_connection.egress_to_payments_dr
  id = "pcc-uf67rdlhel1g0d4n164f4"
}

# accepter side of egress-to-payments-dr (pcc-uf67rdlhel1g0d4n164f4)
# destroying this block deletes the connection itself
resource "alicloud_vpc_peer_connection_accepter" "egress_to_payments_dr" {
  provider                      = alicloud.sandbox_app_team_cn_shanghai
  instance_id                   = alicloud_vpc_peer_connection.egress_to_payments_dr.id
  peer_connection_accepter_name = "egress-to-payments-dr"
  description                   = "DR replication path; the app team has not added its route yet"
  resource_group_id             = "rg-acfmzapp2default"
}

import {
  to = alicloud_vpc_peer_connection_accepter.egress_to_payments_dr
  id = "pcc-uf67rdlhel1g0d4n164f4"
}

# northwind-edi-to-hub (pcc-uf6anudmbhem465f3gxrw): Activated
# from northwind-edi-sh (vpc-uf63fqtfo245taaqy9vpa), China (Shanghai)
# to   hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
resource "alicloud_vpc_peer_connection" "northwind_edi_to_hub" {
  provider             = alicloud.sandbox_partner_cn_shanghai
  peer_connection_name = "northwind-edi-to-hub"
  vpc_id               = "vpc-uf63fqtfo245taaqy9vpa"
  accepting_ali_uid    = 1510203040506070
  accepting_region_id  = "cn-hangzhou"
  accepting_vpc_id     = "vpc-bp1jv280enmcih4aj2dml"
  description          = "EDI messages into the hub transit"
  bandwidth            = 200
  link_type            = "Gold"
  resource_group_id    = "rg-acfmznwl5default"
}

import {
  to = alicloud_vpc_peer_connection.northwind_edi_to_hub
  id = "pcc-uf6anudmbhem465f3gxrw"
}

# accepter side of northwind-edi-to-hub (pcc-uf6anudmbhem465f3gxrw)
# destroying this block deletes the connection itself
resource "alicloud_vpc_peer_connection_accepter" "northwind_edi_to_hub" {
  provider                      = alicloud.sandbox_network_hub_cn_hangzhou
  instance_id                   = alicloud_vpc_peer_connection.northwind_edi_to_hub.id
  peer_connection_accepter_name = "northwind-edi-to-hub"
  description                   = "EDI messages into the hub transit"
  bandwidth                     = 200
  link_type                     = "Gold"
  resource_group_id             = "rg-acfmznwl5default"
}

import {
  to = alicloud_vpc_peer_connection_accepter.northwind_edi_to_hub
  id = "pcc-uf6anudmbhem465f3gxrw"
}

# 10.0.0.0/16 → bj-dr-to-transit (pcc-2zel5de6e843ed22ddzlg)
# in route table vtb-2zee12b5juj2mvqnljn20 of hub-dr-bj (vpc-2ze1s9h1cbjuu0dspdst9), China (Beijing)
resource "alicloud_route_entry" "bj_dr_to_transit_10_0_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_beijing
  route_table_id        = "vtb-2zee12b5juj2mvqnljn20"
  destination_cidrblock = "10.0.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.bj_dr_to_transit.id
  name                  = "to-transit"
}

import {
  to = alicloud_route_entry.bj_dr_to_transit_10_0_0_0_16
  id = "vtb-2zee12b5juj2mvqnljn20:vrt-2zeat9ag3xor617xgcfq8:10.0.0.0/16:VpcPeer:pcc-2zel5de6e843ed22ddzlg"
}

# 10.3.0.0/16 → bj-dr-to-transit (pcc-2zel5de6e843ed22ddzlg)
# in route table vtb-bp1ntean2mjefzct7elhh of hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
resource "alicloud_route_entry" "bj_dr_to_transit_10_3_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1ntean2mjefzct7elhh"
  destination_cidrblock = "10.3.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.bj_dr_to_transit.id
  name                  = "to-dr-bj"
}

import {
  to = alicloud_route_entry.bj_dr_to_transit_10_3_0_0_16
  id = "vtb-bp1ntean2mjefzct7elhh:vrt-bp14g7o18bv2m7nhhl6hj:10.3.0.0/16:VpcPeer:pcc-2zel5de6e843ed22ddzlg"
}

# 10.2.0.0/16 → hz-sh-backbone (pcc-bp15em6axxs5heiybxcjm)
# in route table vtb-bp1ntean2mjefzct7elhh of hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
resource "alicloud_route_entry" "hz_sh_backbone_10_2_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1ntean2mjefzct7elhh"
  destination_cidrblock = "10.2.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.hz_sh_backbone.id
  name                  = "to-hub-egress-sh"
}

import {
  to = alicloud_route_entry.hz_sh_backbone_10_2_0_0_16
  id = "vtb-bp1ntean2mjefzct7elhh:vrt-bp14g7o18bv2m7nhhl6hj:10.2.0.0/16:VpcPeer:pcc-bp15em6axxs5heiybxcjm"
}

# 172.16.16.0/20 → hz-sh-backbone (pcc-bp15em6axxs5heiybxcjm)
# in route table vtb-bp1ntean2mjefzct7elhh of hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
resource "alicloud_route_entry" "hz_sh_backbone_172_16_16_0_20" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1ntean2mjefzct7elhh"
  destination_cidrblock = "172.16.16.0/20"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.hz_sh_backbone.id
  name                  = "dr-drill-app-b"
  description           = "Temporary: app-b via Shanghai during the DR drill"
}

import {
  to = alicloud_route_entry.hz_sh_backbone_172_16_16_0_20
  id = "vtb-bp1ntean2mjefzct7elhh:vrt-bp14g7o18bv2m7nhhl6hj:172.16.16.0/20:VpcPeer:pcc-bp15em6axxs5heiybxcjm"
}

# 10.0.0.0/16 → hz-sh-backbone (pcc-bp15em6axxs5heiybxcjm)
# in route table vtb-uf69gbvsjo696vhuj2m9u of hub-egress-sh (vpc-uf69b9lc2jkcgt1shm5nw), China (Shanghai)
resource "alicloud_route_entry" "hz_sh_backbone_10_0_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_shanghai
  route_table_id        = "vtb-uf69gbvsjo696vhuj2m9u"
  destination_cidrblock = "10.0.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.hz_sh_backbone.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.hz_sh_backbone_10_0_0_0_16
  id = "vtb-uf69gbvsjo696vhuj2m9u:vrt-uf6ggwv0slihjmfan2vhy:10.0.0.0/16:VpcPeer:pcc-bp15em6axxs5heiybxcjm"
}

# 10.100.0.0/16 → hz-sh-backbone (pcc-bp15em6axxs5heiybxcjm)
# in route table vtb-uf69gbvsjo696vhuj2m9u of hub-egress-sh (vpc-uf69b9lc2jkcgt1shm5nw), China (Shanghai)
resource "alicloud_route_entry" "hz_sh_backbone_10_100_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_shanghai
  route_table_id        = "vtb-uf69gbvsjo696vhuj2m9u"
  destination_cidrblock = "10.100.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.hz_sh_backbone.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.hz_sh_backbone_10_100_0_0_16
  id = "vtb-uf69gbvsjo696vhuj2m9u:vrt-uf6ggwv0slihjmfan2vhy:10.100.0.0/16:VpcPeer:pcc-bp15em6axxs5heiybxcjm"
}

# 192.168.0.0/16 → payments-to-analytics (pcc-bp19p3k5yzmit1cbd8jhi)
# in route table ledger-db (vtb-bp1f0t75ulpvvlkly0xvx) of payments-prod-hz (vpc-bp10bfoj33jdkcfli8g17), China (Hangzhou)
resource "alicloud_route_entry" "payments_to_analytics_192_168_0_0_16" {
  provider              = alicloud.sandbox_app_team_cn_hangzhou
  route_table_id        = "vtb-bp1f0t75ulpvvlkly0xvx"
  destination_cidrblock = "192.168.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.payments_to_analytics.id
  name                  = "to-analytics-bj"
}

import {
  to = alicloud_route_entry.payments_to_analytics_192_168_0_0_16
  id = "vtb-bp1f0t75ulpvvlkly0xvx:vrt-bp15v50cqkr7x6kxo2pmc:192.168.0.0/16:VpcPeer:pcc-bp19p3k5yzmit1cbd8jhi"
}

# 192.168.0.0/16 → payments-to-analytics (pcc-bp19p3k5yzmit1cbd8jhi)
# in route table vtb-bp1ggiwjg9g00si504w5d of payments-prod-hz (vpc-bp10bfoj33jdkcfli8g17), China (Hangzhou)
resource "alicloud_route_entry" "payments_to_analytics_192_168_0_0_16_2" {
  provider              = alicloud.sandbox_app_team_cn_hangzhou
  route_table_id        = "vtb-bp1ggiwjg9g00si504w5d"
  destination_cidrblock = "192.168.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.payments_to_analytics.id
  name                  = "to-analytics-bj"
}

import {
  to = alicloud_route_entry.payments_to_analytics_192_168_0_0_16_2
  id = "vtb-bp1ggiwjg9g00si504w5d:vrt-bp15v50cqkr7x6kxo2pmc:192.168.0.0/16:VpcPeer:pcc-bp19p3k5yzmit1cbd8jhi"
}

# 172.16.0.0/16 → payments-to-analytics (pcc-bp19p3k5yzmit1cbd8jhi)
# in route table vtb-2zej94thijaq86iy5m22g of analytics-bj (vpc-2zeucc9pr8hxlsl453ltp), China (Beijing)
resource "alicloud_route_entry" "payments_to_analytics_172_16_0_0_16" {
  provider              = alicloud.sandbox_app_team_cn_beijing
  route_table_id        = "vtb-2zej94thijaq86iy5m22g"
  destination_cidrblock = "172.16.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.payments_to_analytics.id
  name                  = "to-payments-prod-hz"
}

import {
  to = alicloud_route_entry.payments_to_analytics_172_16_0_0_16
  id = "vtb-2zej94thijaq86iy5m22g:vrt-2zep59snqw8nplcay28ym:172.16.0.0/16:VpcPeer:pcc-bp19p3k5yzmit1cbd8jhi"
}

# 172.17.0.0/16 → payments-to-analytics (pcc-bp19p3k5yzmit1cbd8jhi)
# in route table vtb-2zej94thijaq86iy5m22g of analytics-bj (vpc-2zeucc9pr8hxlsl453ltp), China (Beijing)
resource "alicloud_route_entry" "payments_to_analytics_172_17_0_0_16" {
  provider              = alicloud.sandbox_app_team_cn_beijing
  route_table_id        = "vtb-2zej94thijaq86iy5m22g"
  destination_cidrblock = "172.17.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.payments_to_analytics.id
  name                  = "to-payments-prod-hz"
}

import {
  to = alicloud_route_entry.payments_to_analytics_172_17_0_0_16
  id = "vtb-2zej94thijaq86iy5m22g:vrt-2zep59snqw8nplcay28ym:172.17.0.0/16:VpcPeer:pcc-bp19p3k5yzmit1cbd8jhi"
}

# 172.16.0.0/16 → hub-to-payments-prod (pcc-bp1c8ezqnqmmj78hx22hu)
# in route table vtb-bp1ntean2mjefzct7elhh of hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
resource "alicloud_route_entry" "hub_to_payments_prod_172_16_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1ntean2mjefzct7elhh"
  destination_cidrblock = "172.16.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.hub_to_payments_prod.id
  name                  = "to-payments-prod-hz"
}

import {
  to = alicloud_route_entry.hub_to_payments_prod_172_16_0_0_16
  id = "vtb-bp1ntean2mjefzct7elhh:vrt-bp14g7o18bv2m7nhhl6hj:172.16.0.0/16:VpcPeer:pcc-bp1c8ezqnqmmj78hx22hu"
}

# 172.17.0.0/16 → hub-to-payments-prod (pcc-bp1c8ezqnqmmj78hx22hu)
# in route table vtb-bp1ntean2mjefzct7elhh of hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
resource "alicloud_route_entry" "hub_to_payments_prod_172_17_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1ntean2mjefzct7elhh"
  destination_cidrblock = "172.17.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.hub_to_payments_prod.id
  name                  = "to-payments-prod-hz"
}

import {
  to = alicloud_route_entry.hub_to_payments_prod_172_17_0_0_16
  id = "vtb-bp1ntean2mjefzct7elhh:vrt-bp14g7o18bv2m7nhhl6hj:172.17.0.0/16:VpcPeer:pcc-bp1c8ezqnqmmj78hx22hu"
}

# 10.0.0.0/16 → hub-to-payments-prod (pcc-bp1c8ezqnqmmj78hx22hu)
# in route table ledger-db (vtb-bp1f0t75ulpvvlkly0xvx) of payments-prod-hz (vpc-bp10bfoj33jdkcfli8g17), China (Hangzhou)
resource "alicloud_route_entry" "hub_to_payments_prod_10_0_0_0_16" {
  provider              = alicloud.sandbox_app_team_cn_hangzhou
  route_table_id        = "vtb-bp1f0t75ulpvvlkly0xvx"
  destination_cidrblock = "10.0.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.hub_to_payments_prod.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.hub_to_payments_prod_10_0_0_0_16
  id = "vtb-bp1f0t75ulpvvlkly0xvx:vrt-bp15v50cqkr7x6kxo2pmc:10.0.0.0/16:VpcPeer:pcc-bp1c8ezqnqmmj78hx22hu"
}

# 10.100.0.0/16 → hub-to-payments-prod (pcc-bp1c8ezqnqmmj78hx22hu)
# in route table ledger-db (vtb-bp1f0t75ulpvvlkly0xvx) of payments-prod-hz (vpc-bp10bfoj33jdkcfli8g17), China (Hangzhou)
resource "alicloud_route_entry" "hub_to_payments_prod_10_100_0_0_16" {
  provider              = alicloud.sandbox_app_team_cn_hangzhou
  route_table_id        = "vtb-bp1f0t75ulpvvlkly0xvx"
  destination_cidrblock = "10.100.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.hub_to_payments_prod.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.hub_to_payments_prod_10_100_0_0_16
  id = "vtb-bp1f0t75ulpvvlkly0xvx:vrt-bp15v50cqkr7x6kxo2pmc:10.100.0.0/16:VpcPeer:pcc-bp1c8ezqnqmmj78hx22hu"
}

# 10.0.0.0/16 → hub-to-payments-prod (pcc-bp1c8ezqnqmmj78hx22hu)
# in route table vtb-bp1ggiwjg9g00si504w5d of payments-prod-hz (vpc-bp10bfoj33jdkcfli8g17), China (Hangzhou)
resource "alicloud_route_entry" "hub_to_payments_prod_10_0_0_0_16_2" {
  provider              = alicloud.sandbox_app_team_cn_hangzhou
  route_table_id        = "vtb-bp1ggiwjg9g00si504w5d"
  destination_cidrblock = "10.0.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.hub_to_payments_prod.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.hub_to_payments_prod_10_0_0_0_16_2
  id = "vtb-bp1ggiwjg9g00si504w5d:vrt-bp15v50cqkr7x6kxo2pmc:10.0.0.0/16:VpcPeer:pcc-bp1c8ezqnqmmj78hx22hu"
}

# 10.100.0.0/16 → hub-to-payments-prod (pcc-bp1c8ezqnqmmj78hx22hu)
# in route table vtb-bp1ggiwjg9g00si504w5d of payments-prod-hz (vpc-bp10bfoj33jdkcfli8g17), China (Hangzhou)
resource "alicloud_route_entry" "hub_to_payments_prod_10_100_0_0_16_2" {
  provider              = alicloud.sandbox_app_team_cn_hangzhou
  route_table_id        = "vtb-bp1ggiwjg9g00si504w5d"
  destination_cidrblock = "10.100.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.hub_to_payments_prod.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.hub_to_payments_prod_10_100_0_0_16_2
  id = "vtb-bp1ggiwjg9g00si504w5d:vrt-bp15v50cqkr7x6kxo2pmc:10.100.0.0/16:VpcPeer:pcc-bp1c8ezqnqmmj78hx22hu"
}

# 10.0.0.0/16 → transit-to-shared-services (pcc-bp1tm6abo5zvqodh9j4d4)
# in route table vtb-bp1fztwxqpyle3lduz7yl of shared-services-hz (vpc-bp1n1w04l9d0dv4zc8y9d), China (Hangzhou)
resource "alicloud_route_entry" "transit_to_shared_services_10_0_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1fztwxqpyle3lduz7yl"
  destination_cidrblock = "10.0.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.transit_to_shared_services.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.transit_to_shared_services_10_0_0_0_16
  id = "vtb-bp1fztwxqpyle3lduz7yl:vrt-bp1dz1f0jl3uuqupsll6o:10.0.0.0/16:VpcPeer:pcc-bp1tm6abo5zvqodh9j4d4"
}

# 10.100.0.0/16 → transit-to-shared-services (pcc-bp1tm6abo5zvqodh9j4d4)
# in route table vtb-bp1fztwxqpyle3lduz7yl of shared-services-hz (vpc-bp1n1w04l9d0dv4zc8y9d), China (Hangzhou)
resource "alicloud_route_entry" "transit_to_shared_services_10_100_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1fztwxqpyle3lduz7yl"
  destination_cidrblock = "10.100.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.transit_to_shared_services.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.transit_to_shared_services_10_100_0_0_16
  id = "vtb-bp1fztwxqpyle3lduz7yl:vrt-bp1dz1f0jl3uuqupsll6o:10.100.0.0/16:VpcPeer:pcc-bp1tm6abo5zvqodh9j4d4"
}

# 10.1.0.0/16 → transit-to-shared-services (pcc-bp1tm6abo5zvqodh9j4d4)
# in route table vtb-bp1ntean2mjefzct7elhh of hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
resource "alicloud_route_entry" "transit_to_shared_services_10_1_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1ntean2mjefzct7elhh"
  destination_cidrblock = "10.1.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.transit_to_shared_services.id
  name                  = "to-shared-services-hz"
}

import {
  to = alicloud_route_entry.transit_to_shared_services_10_1_0_0_16
  id = "vtb-bp1ntean2mjefzct7elhh:vrt-bp14g7o18bv2m7nhhl6hj:10.1.0.0/16:VpcPeer:pcc-bp1tm6abo5zvqodh9j4d4"
}

# 10.0.0.0/16 → transit-to-shared-services (pcc-bp1tm6abo5zvqodh9j4d4)
# in route table ci-private (vtb-bp1oxanm8zm8kqxeo7nnk) of shared-services-hz (vpc-bp1n1w04l9d0dv4zc8y9d), China (Hangzhou)
resource "alicloud_route_entry" "transit_to_shared_services_10_0_0_0_16_2" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1oxanm8zm8kqxeo7nnk"
  destination_cidrblock = "10.0.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.transit_to_shared_services.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.transit_to_shared_services_10_0_0_0_16_2
  id = "vtb-bp1oxanm8zm8kqxeo7nnk:vrt-bp1dz1f0jl3uuqupsll6o:10.0.0.0/16:VpcPeer:pcc-bp1tm6abo5zvqodh9j4d4"
}

# 10.100.0.0/16 → transit-to-shared-services (pcc-bp1tm6abo5zvqodh9j4d4)
# in route table ci-private (vtb-bp1oxanm8zm8kqxeo7nnk) of shared-services-hz (vpc-bp1n1w04l9d0dv4zc8y9d), China (Hangzhou)
resource "alicloud_route_entry" "transit_to_shared_services_10_100_0_0_16_2" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1oxanm8zm8kqxeo7nnk"
  destination_cidrblock = "10.100.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.transit_to_shared_services.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.transit_to_shared_services_10_100_0_0_16_2
  id = "vtb-bp1oxanm8zm8kqxeo7nnk:vrt-bp1dz1f0jl3uuqupsll6o:10.100.0.0/16:VpcPeer:pcc-bp1tm6abo5zvqodh9j4d4"
}

# 172.16.0.0/16 → egress-to-payments-dr (pcc-uf67rdlhel1g0d4n164f4)
# in route table vtb-uf69gbvsjo696vhuj2m9u of hub-egress-sh (vpc-uf69b9lc2jkcgt1shm5nw), China (Shanghai)
resource "alicloud_route_entry" "egress_to_payments_dr_172_16_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_shanghai
  route_table_id        = "vtb-uf69gbvsjo696vhuj2m9u"
  destination_cidrblock = "172.16.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.egress_to_payments_dr.id
  name                  = "to-payments-dr"
}

import {
  to = alicloud_route_entry.egress_to_payments_dr_172_16_0_0_16
  id = "vtb-uf69gbvsjo696vhuj2m9u:vrt-uf6ggwv0slihjmfan2vhy:172.16.0.0/16:VpcPeer:pcc-uf67rdlhel1g0d4n164f4"
}

# 10.0.0.0/16 → northwind-edi-to-hub (pcc-uf6anudmbhem465f3gxrw)
# in route table vtb-uf61imswylyb228hv47pj of northwind-edi-sh (vpc-uf63fqtfo245taaqy9vpa), China (Shanghai)
resource "alicloud_route_entry" "northwind_edi_to_hub_10_0_0_0_16" {
  provider              = alicloud.sandbox_partner_cn_shanghai
  route_table_id        = "vtb-uf61imswylyb228hv47pj"
  destination_cidrblock = "10.0.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.northwind_edi_to_hub.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.northwind_edi_to_hub_10_0_0_0_16
  id = "vtb-uf61imswylyb228hv47pj:vrt-uf65mg3l58dqykvhp8bz6:10.0.0.0/16:VpcPeer:pcc-uf6anudmbhem465f3gxrw"
}

# 10.100.0.0/16 → northwind-edi-to-hub (pcc-uf6anudmbhem465f3gxrw)
# in route table vtb-uf61imswylyb228hv47pj of northwind-edi-sh (vpc-uf63fqtfo245taaqy9vpa), China (Shanghai)
resource "alicloud_route_entry" "northwind_edi_to_hub_10_100_0_0_16" {
  provider              = alicloud.sandbox_partner_cn_shanghai
  route_table_id        = "vtb-uf61imswylyb228hv47pj"
  destination_cidrblock = "10.100.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.northwind_edi_to_hub.id
  name                  = "to-hub-transit-hz"
}

import {
  to = alicloud_route_entry.northwind_edi_to_hub_10_100_0_0_16
  id = "vtb-uf61imswylyb228hv47pj:vrt-uf65mg3l58dqykvhp8bz6:10.100.0.0/16:VpcPeer:pcc-uf6anudmbhem465f3gxrw"
}

# 10.50.0.0/16 → northwind-edi-to-hub (pcc-uf6anudmbhem465f3gxrw)
# in route table vtb-bp1ntean2mjefzct7elhh of hub-transit-hz (vpc-bp1jv280enmcih4aj2dml), China (Hangzhou)
resource "alicloud_route_entry" "northwind_edi_to_hub_10_50_0_0_16" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  route_table_id        = "vtb-bp1ntean2mjefzct7elhh"
  destination_cidrblock = "10.50.0.0/16"
  nexthop_type          = "VpcPeer"
  nexthop_id            = alicloud_vpc_peer_connection.northwind_edi_to_hub.id
  name                  = "to-northwind-edi-sh"
}

import {
  to = alicloud_route_entry.northwind_edi_to_hub_10_50_0_0_16
  id = "vtb-bp1ntean2mjefzct7elhh:vrt-bp14g7o18bv2m7nhhl6hj:10.50.0.0/16:VpcPeer:pcc-uf6anudmbhem465f3gxrw"
}

# router interface dr-sync-link (ri-bp1zyrhv2zijc74jzyeome), InitiatingSide of VRouter vrt-bp15v50cqkr7x6kxo2pmc: Idle
resource "alicloud_express_connect_router_interface" "dr_sync_link" {
  provider              = alicloud.sandbox_app_team_cn_hangzhou
  router_id             = "vrt-bp15v50cqkr7x6kxo2pmc"
  router_type           = "VRouter"
  role                  = "InitiatingSide"
  opposite_region_id    = "cn-shanghai"
  spec                  = "Small.2"
  router_interface_name = "dr-sync-link"
  description           = "Planned link to payments-dr-sh; not connected yet"
}

import {
  to = alicloud_express_connect_router_interface.dr_sync_link
  id = "ri-bp1zyrhv2zijc74jzyeome"
}

# router interface legacy-hz-bj-express-bj (ri-2zecqf5ebklzubusmukblh), AcceptingSide of VRouter vrt-2zeat9ag3xor617xgcfq8: Active
resource "alicloud_express_connect_router_interface" "legacy_hz_bj_express_bj" {
  provider              = alicloud.sandbox_network_hub_cn_beijing
  router_id             = "vrt-2zeat9ag3xor617xgcfq8"
  router_type           = "VRouter"
  role                  = "AcceptingSide"
  opposite_region_id    = "cn-hangzhou"
  spec                  = "Negative"
  router_interface_name = "legacy-hz-bj-express-bj"
}

import {
  to = alicloud_express_connect_router_interface.legacy_hz_bj_express_bj
  id = "ri-2zecqf5ebklzubusmukblh"
}

# link of legacy-hz-bj-express-bj (ri-2zecqf5ebklzubusmukblh) to ri-bp1mbsop266g45cuo8come
resource "alicloud_router_interface_connection" "legacy_hz_bj_express_bj" {
  provider                    = alicloud.sandbox_network_hub_cn_beijing
  interface_id                = alicloud_express_connect_router_interface.legacy_hz_bj_express_bj.id
  opposite_interface_id       = alicloud_express_connect_router_interface.legacy_hz_bj_express.id
  opposite_interface_owner_id = "1510203040506070"
  opposite_router_id          = "vrt-bp14g7o18bv2m7nhhl6hj"
  opposite_router_type        = "VRouter"
}

import {
  to = alicloud_router_interface_connection.legacy_hz_bj_express_bj
  id = "ri-2zecqf5ebklzubusmukblh"
}

# router interface transit-to-dc1 (ri-bp15gby49updrqutobng1z), AcceptingSide of VRouter vrt-bp14g7o18bv2m7nhhl6hj: Active
resource "alicloud_express_connect_router_interface" "transit_to_dc1" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  router_id             = "vrt-bp14g7o18bv2m7nhhl6hj"
  router_type           = "VRouter"
  role                  = "AcceptingSide"
  opposite_region_id    = "cn-hangzhou"
  spec                  = "Negative"
  router_interface_name = "transit-to-dc1"
}

import {
  to = alicloud_express_connect_router_interface.transit_to_dc1
  id = "ri-bp15gby49updrqutobng1z"
}

# link of transit-to-dc1 (ri-bp15gby49updrqutobng1z) to ri-bp1ei6tqbwt4g2y6o6dvt1
resource "alicloud_router_interface_connection" "transit_to_dc1" {
  provider                    = alicloud.sandbox_network_hub_cn_hangzhou
  interface_id                = alicloud_express_connect_router_interface.transit_to_dc1.id
  opposite_interface_id       = alicloud_express_connect_router_interface.dc1_to_transit.id
  opposite_interface_owner_id = "1510203040506070"
  opposite_router_id          = "vbr-bp151zs0009kuw5ryq1yc"
  opposite_router_type        = "VBR"
}

import {
  to = alicloud_router_interface_connection.transit_to_dc1
  id = "ri-bp15gby49updrqutobng1z"
}

# router interface dc1-to-transit (ri-bp1ei6tqbwt4g2y6o6dvt1), InitiatingSide of VBR vbr-bp151zs0009kuw5ryq1yc: Active
resource "alicloud_express_connect_router_interface" "dc1_to_transit" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  router_id             = "vbr-bp151zs0009kuw5ryq1yc"
  router_type           = "VBR"
  role                  = "InitiatingSide"
  opposite_region_id    = "cn-hangzhou"
  spec                  = "Large.1"
  router_interface_name = "dc1-to-transit"
}

import {
  to = alicloud_express_connect_router_interface.dc1_to_transit
  id = "ri-bp1ei6tqbwt4g2y6o6dvt1"
}

# link of dc1-to-transit (ri-bp1ei6tqbwt4g2y6o6dvt1) to ri-bp15gby49updrqutobng1z
resource "alicloud_router_interface_connection" "dc1_to_transit" {
  provider                    = alicloud.sandbox_network_hub_cn_hangzhou
  interface_id                = alicloud_express_connect_router_interface.dc1_to_transit.id
  opposite_interface_id       = alicloud_express_connect_router_interface.transit_to_dc1.id
  opposite_interface_owner_id = "1510203040506070"
  opposite_router_id          = "vrt-bp14g7o18bv2m7nhhl6hj"
  opposite_router_type        = "VRouter"
}

import {
  to = alicloud_router_interface_connection.dc1_to_transit
  id = "ri-bp1ei6tqbwt4g2y6o6dvt1"
}

# router interface legacy-hz-bj-express (ri-bp1mbsop266g45cuo8come), InitiatingSide of VRouter vrt-bp14g7o18bv2m7nhhl6hj: Active
resource "alicloud_express_connect_router_interface" "legacy_hz_bj_express" {
  provider              = alicloud.sandbox_network_hub_cn_hangzhou
  router_id             = "vrt-bp14g7o18bv2m7nhhl6hj"
  router_type           = "VRouter"
  role                  = "InitiatingSide"
  opposite_region_id    = "cn-beijing"
  spec                  = "Large.1"
  router_interface_name = "legacy-hz-bj-express"
  description           = "Express Connect link to Beijing, replaced by bj-dr-to-transit"
}

import {
  to = alicloud_express_connect_router_interface.legacy_hz_bj_express
  id = "ri-bp1mbsop266g45cuo8come"
}

# link of legacy-hz-bj-express (ri-bp1mbsop266g45cuo8come) to ri-2zecqf5ebklzubusmukblh
resource "alicloud_router_interface_connection" "legacy_hz_bj_express" {
  provider                    = alicloud.sandbox_network_hub_cn_hangzhou
  interface_id                = alicloud_express_connect_router_interface.legacy_hz_bj_express.id
  opposite_interface_id       = alicloud_express_connect_router_interface.legacy_hz_bj_express_bj.id
  opposite_interface_owner_id = "1510203040506070"
  opposite_router_id          = "vrt-2zeat9ag3xor617xgcfq8"
  opposite_router_type        = "VRouter"
}

import {
  to = alicloud_router_interface_connection.legacy_hz_bj_express
  id = "ri-bp1mbsop266g45cuo8come"
}

# BGP group dc1-ebgp (bgpg-bp1u3nkzjox5tkvqkvoo) on VBR idc-hangzhou-dc1 (vbr-bp151zs0009kuw5ryq1yc)
# an authentication key is set in the cloud: supply it as auth_key (sensitive) before applying
resource "alicloud_vpc_bgp_group" "dc1_ebgp" {
  provider       = alicloud.sandbox_network_hub_cn_hangzhou
  router_id      = "vbr-bp151zs0009kuw5ryq1yc"
  peer_asn       = 65010
  local_asn      = 45104
  bgp_group_name = "dc1-ebgp"
  description    = "eBGP with the DC1 edge routers"
  ip_version     = "IPv4"
  route_limit    = 110
}

import {
  to = alicloud_vpc_bgp_group.dc1_ebgp
  id = "bgpg-bp1u3nkzjox5tkvqkvoo"
}

# BGP peer dc1-edge-02 (bgp-bp1d3af1bohbszie1lv1a) at 10.254.0.6: Down
resource "alicloud_vpc_bgp_peer" "dc1_edge_02" {
  provider        = alicloud.sandbox_network_hub_cn_hangzhou
  bgp_group_id    = alicloud_vpc_bgp_group.dc1_ebgp.id
  peer_ip_address = "10.254.0.6"
  enable_bfd      = false
  ip_version      = "IPv4"
}

import {
  to = alicloud_vpc_bgp_peer.dc1_edge_02
  id = "bgp-bp1d3af1bohbszie1lv1a"
}

# BGP peer dc1-edge-01 (bgp-bp1v50the06g3bnuqlgcz) at 10.254.0.2: Established
resource "alicloud_vpc_bgp_peer" "dc1_edge_01" {
  provider        = alicloud.sandbox_network_hub_cn_hangzhou
  bgp_group_id    = alicloud_vpc_bgp_group.dc1_ebgp.id
  peer_ip_address = "10.254.0.2"
  enable_bfd      = true
  bfd_multi_hop   = 1
  ip_version      = "IPv4"
}

import {
  to = alicloud_vpc_bgp_peer.dc1_edge_01
  id = "bgp-bp1v50the06g3bnuqlgcz"
}
