-- Rows as openIMIS itself writes them (its Django backend and the legacy SQL Server edition migrated to PostgreSQL),
-- not as this server writes them: upper-case UUIDs, NULL in every column openIMIS may leave empty (AuditUserID where
-- the schema allows it, phone, email, profession, education, marital status, photo, LegacyID, JsonExt), live rows with
-- ValidityTo NULL and history rows carrying ValidityTo and LegacyID. Times are fixed so that the sync tests know which
-- versions changed after 2024-06-01T00:00:00Z (ExistingRows.SyncSince); several changes share one instant on purpose.

-- Lookups, with openIMIS's codes.
INSERT INTO "tblGender" ("Code", "Gender", "AltLanguage", "SortOrder") VALUES ('M', 'Male', NULL, 1), ('F', 'Female', NULL, 2), ('O', 'Other', NULL, 3);
INSERT INTO "tblRelations" ("RelationId", "Relation", "SortOrder", "AltLanguage") VALUES (1, 'Brother/Sister', 1, NULL), (2, 'Father/Mother', 2, NULL), (4, 'Son/Daughter', 4, NULL), (7, 'Others', 7, NULL), (8, 'Spouse', 8, NULL);
INSERT INTO "tblProfessions" ("ProfessionId", "Profession", "SortOrder", "AltLanguage") VALUES (1, 'Housewife', 1, NULL), (2, 'Employee', 2, NULL);
INSERT INTO "tblEducations" ("EducationId", "Education", "SortOrder", "AltLanguage") VALUES (1, 'Nursery', 1, NULL), (2, 'Primary school', 2, NULL);
INSERT INTO "tblIdentificationTypes" ("IdentificationCode", "IdentificationTypes", "AltLanguage", "SortOrder") VALUES ('N', 'National ID', NULL, 2), ('P', 'Passport', NULL, 3);
INSERT INTO "tblFamilyTypes" ("FamilyTypeCode", "FamilyType", "SortOrder", "AltLanguage") VALUES ('H', 'Household', 3, NULL), ('O', 'Other', 4, NULL);
INSERT INTO "tblConfirmationTypes" ("ConfirmationTypeCode", "ConfirmationType", "SortOrder", "AltLanguage", "is_confirmation_number_required") VALUES ('A', 'Local council', 1, NULL, true), ('D', 'Other', 4, NULL, false);
INSERT INTO "tblLegalForms" ("LegalFormCode", "LegalForms", "SortOrder", "AltLanguage") VALUES ('G', 'Government', 3, NULL), ('P', 'Private organization', 4, NULL);
INSERT INTO "tblHFSublevel" ("HFSublevel", "HFSublevelDesc", "SortOrder", "AltLanguage") VALUES ('I', 'Integrated', 1, NULL), ('R', 'Reference', 3, NULL);

-- Locations: region > district > ward > village. The district was renamed after the sync instant (history row 6),
-- a second village was deleted after it (ValidityTo on the live row, no LegacyID).
INSERT INTO "tblLocations" ("LocationId", "LocationUUID", "LocationCode", "LocationName", "LocationType", "ParentLocationId", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserId", "MalePopulation", "FemalePopulation", "OtherPopulation", "Families") VALUES
 (1, 'A1B2C3D4-0001-4000-8000-00000000000A', 'R1', 'Kilimanjaro', 'R', NULL, '2023-01-01 08:00:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (2, 'A1B2C3D4-0002-4000-8000-00000000000A', 'R1D1', 'Moshi District', 'D', 1, '2024-06-03 09:00:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (3, 'A1B2C3D4-0003-4000-8000-00000000000A', 'R1D1W1', 'Majengo', 'W', 2, '2023-01-01 08:00:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (4, 'A1B2C3D4-0004-4000-8000-00000000000A', 'R1D1W1V1', 'Kiboriloni', 'V', 3, '2023-01-01 08:00:00+00', NULL, NULL, NULL, 120, 130, NULL, 40),
 (5, 'A1B2C3D4-0005-4000-8000-00000000000A', 'R1D1W1V2', 'Rau', 'V', 3, '2023-01-01 08:00:00+00', '2024-06-04 11:30:00+00', NULL, NULL, NULL, NULL, NULL, NULL),
 (6, 'A1B2C3D4-0006-4000-8000-00000000000A', 'R1D1', 'Moshi', 'D', 1, '2023-01-01 08:00:00+00', '2024-06-03 09:00:00+00', 2, NULL, NULL, NULL, NULL, NULL);

-- Health facilities (Organization prov and Location site): HF1 updated at 2024-06-05 10:00, when HF3 was also created
-- and a policy holder updated; HF2 created after the sync instant with every optional column NULL.
INSERT INTO "tblHF" ("HfID", "HfUUID", "HFCode", "HFName", "AccCode", "HFLevel", "HFSublevel", "LegalForm", "HFAddress", "LocationId", "Phone", "Fax", "eMail", "HFCareType", "PLServiceID", "PLItemID", "OffLine", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID", "status") VALUES
 (1, 'B1B2C3D4-0001-4000-8000-00000000000B', 'HF01', 'Moshi Health Centre', NULL, 'C', 'I', 'G', 'P.O. Box 1', 2, '+255 27 275 0001', NULL, 'moshi@example.org', 'B', NULL, NULL, false, '2024-06-05 10:00:00+00', NULL, NULL, 1, 'AC'),
 (2, 'B1B2C3D4-0002-4000-8000-00000000000B', 'HF02', 'Rau Dispensary', NULL, 'D', NULL, 'P', NULL, 2, NULL, NULL, NULL, 'O', NULL, NULL, false, '2024-06-02 12:00:00+00', NULL, NULL, 1, 'AC'),
 (3, 'B1B2C3D4-0003-4000-8000-00000000000B', 'HF01', 'Moshi Dispensary', NULL, 'D', NULL, 'G', 'P.O. Box 1', 2, NULL, NULL, NULL, 'O', NULL, NULL, false, '2023-01-01 08:00:00+00', '2024-06-05 10:00:00+00', 1, 1, 'AC'),
 (4, 'B1B2C3D4-0004-4000-8000-00000000000B', 'HF03', 'Kiboriloni Hospital', NULL, 'H', 'R', 'G', NULL, 2, NULL, NULL, NULL, 'I', NULL, NULL, false, '2024-06-05 10:00:00+00', NULL, NULL, 1, 'AC');

-- Policy holders (Organization bus): Django writes lower-case uuid values and timestamps of its own; PH03 was deleted
-- (isDeleted) after the sync instant.
INSERT INTO "tblPolicyHolder" ("UUID", "isDeleted", "DateCreated", "DateUpdated", "version", "DateValidFrom", "DateValidTo", "PolicyHolderCode", "TradeName", "LocationsId", "Address", "Phone", "Fax", "Email", "ContactName", "LegalForm", "ActivityCode", "UserCreatedUUID", "UserUpdatedUUID") VALUES
 ('c1b2c3d4-0001-4000-8000-00000000000c', false, '2023-01-01 08:00:00+00', '2024-06-05 10:00:00+00', 2, '2023-01-01 00:00:00+00', NULL, 'PH01', 'Moshi Coffee Cooperative', 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'd0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001'),
 ('c1b2c3d4-0002-4000-8000-00000000000c', false, '2023-01-01 08:00:00+00', '2023-01-01 08:00:00+00', 1, '2023-01-01 00:00:00+00', NULL, 'PH02', 'Kibo Traders', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'd0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001'),
 ('c1b2c3d4-0003-4000-8000-00000000000c', true, '2023-01-01 08:00:00+00', '2024-06-06 12:00:00+00', 2, '2023-01-01 00:00:00+00', NULL, 'PH03', 'Closed Traders', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'd0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001');

-- Claim administrators: CA1 updated at 2024-06-07 08:00 (history row 3), when officer O1 was updated too; CA2 has no
-- health facility, no code history and nothing optional.
INSERT INTO "tblClaimAdmin" ("ClaimAdminId", "ClaimAdminUUID", "ClaimAdminCode", "LastName", "OtherNames", "DOB", "EmailId", "Phone", "HFId", "HasLogin", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserId") VALUES
 (1, 'E1B2C3D4-0001-4000-8000-00000000000E', 'CA01', 'Mushi', 'Anna', NULL, NULL, NULL, 1, false, '2024-06-07 08:00:00+00', NULL, NULL, NULL),
 (2, 'E1B2C3D4-0002-4000-8000-00000000000E', 'CA02', 'Lyimo', 'Peter', '1980-02-03', NULL, '+255 754 000 002', NULL, NULL, '2024-06-08 08:00:00+00', NULL, NULL, NULL),
 (3, 'E1B2C3D4-0003-4000-8000-00000000000E', 'CA01', 'Mushi', 'Ana', NULL, NULL, NULL, 1, false, '2023-01-01 08:00:00+00', '2024-06-07 08:00:00+00', 1, NULL);

-- Enrolment officers: O1 in the district with one village, updated at 2024-06-07 08:00 (history row 3); O2 with no
-- district, substituting for O1.
INSERT INTO "tblOfficer" ("OfficerID", "OfficerUUID", "Code", "LastName", "OtherNames", "DOB", "Phone", "EmailId", "LocationId", "OfficerIDSubst", "WorksTo", "VEOCode", "VEOLastName", "VEOOtherNames", "VEODOB", "VEOPhone", "permanentaddress", "HasLogin", "PhoneCommunication", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
 (1, 'F1B2C3D4-0001-4000-8000-00000000000F', 'EO01', 'Kimaro', 'Joseph', NULL, NULL, NULL, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2024-06-07 08:00:00+00', NULL, NULL, 1),
 (2, 'F1B2C3D4-0002-4000-8000-00000000000F', 'EO02', 'Temba', 'Grace', NULL, NULL, NULL, NULL, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2024-06-09 08:00:00+00', NULL, NULL, 1),
 (3, 'F1B2C3D4-0003-4000-8000-00000000000F', 'EO01', 'Kimaro', 'Josef', NULL, NULL, NULL, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2023-01-01 08:00:00+00', '2024-06-07 08:00:00+00', 1, 1);
INSERT INTO "tblOfficerVillages" ("OfficerVillageId", "OfficerId", "LocationId", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
 (1, 1, 4, '2023-01-01 08:00:00+00', NULL, NULL, NULL);

-- A family of two: the head with every optional column NULL, the spouse with lookups, a health facility and a
-- history row. Insurees and families reference each other, so the family link is set once both exist.
INSERT INTO "tblInsuree" ("InsureeID", "InsureeUUID", "FamilyID", "CHFID", "LastName", "OtherNames", "DOB", "Gender", "Marital", "IsHead", "passport", "Phone", "PhotoID", "PhotoDate", "CardIssued", "Relationship", "Profession", "Education", "Email", "TypeOfId", "HFID", "CurrentAddress", "GeoLocation", "CurrentVillage", "isOffline", "Vulnerability", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
 (1, '11B2C3D4-0001-4000-8000-000000000011', NULL, '100000001', 'Massawe', 'John', '1975-04-12', 'M', NULL, true, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2023-01-01 08:00:00+00', NULL, NULL, 1),
 (2, '11B2C3D4-0002-4000-8000-000000000011', NULL, '100000002', 'Massawe', 'Mary', '1979-09-30', 'F', 'M', false, 'AB12345', '+255 754 000 010', NULL, NULL, true, 8, 1, 2, NULL, 'N', 1, 'Near the market', NULL, 4, false, false, '2024-06-06 07:00:00+00', NULL, NULL, 1),
 (3, '11B2C3D4-0003-4000-8000-000000000011', NULL, '100000002', 'Massawe', 'Maria', '1979-09-30', 'F', NULL, false, NULL, NULL, NULL, NULL, false, 8, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, false, '2023-01-01 08:00:00+00', '2024-06-06 07:00:00+00', 2, 1);
INSERT INTO "tblFamilies" ("FamilyID", "FamilyUUID", "InsureeID", "LocationId", "Poverty", "FamilyType", "FamilyAddress", "Ethnicity", "ConfirmationNo", "ConfirmationType", "isOffline", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
 (1, '21B2C3D4-0001-4000-8000-000000000021', 1, 4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2023-01-01 08:00:00+00', NULL, NULL, 1);
UPDATE "tblInsuree" SET "FamilyID" = 1;

-- Medical items and services, with a history row each and the optional columns NULL.
INSERT INTO "tblItems" ("ItemID", "ItemUUID", "ItemCode", "ItemName", "ItemType", "ItemPackage", "ItemPrice", "ItemCareType", "ItemFrequency", "ItemPatCat", "Quantity", "MaximumAmount", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
 (1, '31B2C3D4-0001-4000-8000-000000000031', '0001', 'PARACETAMOL TABS 500MG', 'D', NULL, 12.50, 'O', NULL, 15, NULL, NULL, '2024-06-02 08:00:00+00', NULL, NULL, 1),
 (2, '31B2C3D4-0002-4000-8000-000000000031', '0001', 'PARACETAMOL TABS 500MG', 'D', NULL, 10.00, 'O', NULL, 15, NULL, NULL, '2023-01-01 08:00:00+00', '2024-06-02 08:00:00+00', 1, 1);
INSERT INTO "tblServices" ("ServiceID", "ServiceUUID", "ServCode", "ServName", "ServType", "ServLevel", "ServCategory", "ServPrice", "ServCareType", "ServFrequency", "ServPatCat", "MaximumAmount", "manualPrice", "ServPackageType", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
 (1, '41B2C3D4-0001-4000-8000-000000000041', 'A1', 'General Consultation', 'P', 'S', NULL, 40.00, 'O', NULL, 15, NULL, false, 'S', '2024-06-02 08:00:00+00', NULL, NULL, NULL),
 (2, '41B2C3D4-0002-4000-8000-000000000041', 'A1', 'Consultation', 'P', 'S', NULL, 35.00, 'O', NULL, 15, NULL, false, 'S', '2023-01-01 08:00:00+00', '2024-06-02 08:00:00+00', 1, NULL);

-- A national product covering the item and the service, with a history row.
INSERT INTO "tblProduct" ("ProdID", "ProdUUID", "ProductCode", "ProductName", "LocationId", "InsurancePeriod", "DateFrom", "DateTo", "ConversionProdID", "LumpSum", "MemberCount", "PremiumAdult", "PremiumChild", "GracePeriod", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
 (1, '51B2C3D4-0001-4000-8000-000000000051', 'NAT01', 'National cover', NULL, 12, '2023-01-01 00:00:00+00', '2030-12-31 00:00:00+00', NULL, 1000.00, 6, 40.00, NULL, 1, '2024-06-02 08:00:00+00', NULL, NULL, 1),
 (2, '51B2C3D4-0002-4000-8000-000000000051', 'NAT01', 'National cover', NULL, 12, '2023-01-01 00:00:00+00', '2030-12-31 00:00:00+00', NULL, 1000.00, 6, 35.00, NULL, 1, '2023-01-01 08:00:00+00', '2024-06-02 08:00:00+00', 1, 1);
INSERT INTO "tblProductItems" ("ProdItemID", "ProdID", "ItemID", "LimitationType", "PriceOrigin", "LimitAdult", "LimitChild", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
 (1, 1, 1, NULL, NULL, NULL, NULL, '2023-01-01 08:00:00+00', NULL, NULL, 1);
INSERT INTO "tblProductServices" ("ProdServiceID", "ProdID", "ServiceID", "LimitationType", "PriceOrigin", "LimitAdult", "LimitChild", "ValidityFrom", "ValidityTo", "LegacyID", "AuditUserID") VALUES
 (1, 1, 1, 'F', 'P', 100.00, 100.00, '2023-01-01 08:00:00+00', NULL, NULL, 1);

-- openIMIS's sequences go on from the rows it wrote.
SELECT setval(pg_get_serial_sequence('"tblLocations"', 'LocationId'), 6);
SELECT setval(pg_get_serial_sequence('"tblHF"', 'HfID'), 4);
SELECT setval(pg_get_serial_sequence('"tblClaimAdmin"', 'ClaimAdminId'), 3);
SELECT setval(pg_get_serial_sequence('"tblOfficer"', 'OfficerID'), 3);
SELECT setval(pg_get_serial_sequence('"tblOfficerVillages"', 'OfficerVillageId'), 1);
SELECT setval(pg_get_serial_sequence('"tblInsuree"', 'InsureeID'), 3);
SELECT setval(pg_get_serial_sequence('"tblFamilies"', 'FamilyID'), 1);
SELECT setval(pg_get_serial_sequence('"tblItems"', 'ItemID'), 2);
SELECT setval(pg_get_serial_sequence('"tblServices"', 'ServiceID'), 2);
SELECT setval(pg_get_serial_sequence('"tblProduct"', 'ProdID'), 2);
SELECT setval(pg_get_serial_sequence('"tblProductItems"', 'ProdItemID'), 1);
SELECT setval(pg_get_serial_sequence('"tblProductServices"', 'ProdServiceID'), 1);
