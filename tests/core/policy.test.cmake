# core/policy: the organisation's policy file (issue 8). Unit tests of the parser and the rules;
# the vault's enforcement (clamping, refusals, the audit trail's hash) in TestVaultPolicy.
vaultocr_add_test(NAME TestManagedPolicy SOURCES core/TestManagedPolicy.cpp LIBS core_policy LABEL unit TIMEOUT 60)
vaultocr_add_test(NAME TestVaultPolicy SOURCES core/TestVaultPolicy.cpp core/VaultTestSupport.h
                  LIBS core_policy core_vault Qt6::Gui LABEL integration TIMEOUT 300)
