using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Npgsql;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Membership;

/// <summary>Families and members made through FHIR, and moves made in SQL the way openIMIS makes them.</summary>
internal static class Families
{
    private const string PatientGroupReference = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/patient-group-reference";

    /// <summary>openIMIS's move: a history copy valid until now(), then the live row's FamilyID and ValidityFrom = now().</summary>
    private const string MoveSql = """
        CREATE TEMP TABLE history ON COMMIT DROP AS SELECT * FROM "tblInsuree" WHERE "InsureeUUID" = @id AND "ValidityTo" IS NULL;
        UPDATE history SET "InsureeID" = nextval(pg_get_serial_sequence('"tblInsuree"', 'InsureeID')),
            "InsureeUUID" = gen_random_uuid()::text, "LegacyID" = (SELECT "InsureeID" FROM "tblInsuree" WHERE "InsureeUUID" = @id), "ValidityTo" = now();
        INSERT INTO "tblInsuree" SELECT * FROM history;
        UPDATE "tblInsuree" SET "FamilyID" = (SELECT "FamilyID" FROM "tblFamilies" WHERE "FamilyUUID" = @family AND "ValidityTo" IS NULL),
            "ValidityFrom" = now() WHERE "InsureeUUID" = @id;
        """;

    /// <summary>A new family whose head is a new insuree, written with POST Patient and POST Group.</summary>
    public static async Task<Group> NewAsync(FhirClient client, string name)
    {
        var head = await client.CreateAsync(Fixtures.Patient(name));
        var template = (Group)(await client.SearchAsync<Group>(["_count=1"]))!.Entry[0].Resource!;
        var group = (Group)template.DeepCopy();
        group.Id = null;
        group.Meta = null;
        group.Identifier = [new Identifier { Type = template.Identifier[0].Type, Value = head!.Identifier[0].Value }];
        group.Member = [new Group.MemberComponent { Entity = new ResourceReference($"Patient/{head.Id}") }];
        return (await client.CreateAsync(group))!;
    }

    /// <summary>A Patient (not for POST yet) that names <paramref name="family"/> as its family.</summary>
    public static Patient MemberOf(Group family, string name)
    {
        var patient = Fixtures.Patient(name);
        InFamily(patient, family);
        return patient;
    }

    /// <summary>Points <paramref name="patient"/> at <paramref name="family"/>.</summary>
    public static void InFamily(Patient patient, Group family)
    {
        patient.Extension.RemoveAll(e => e.Url == PatientGroupReference);
        patient.Extension.Add(new Extension(PatientGroupReference, new ResourceReference($"Group/{family.Id}")));
    }

    /// <summary>Moves the insuree to <paramref name="family"/> in SQL, as openIMIS does; answers the new version's ValidityFrom.</summary>
    public static async Task<DateTime> MoveInSqlAsync(string connectionString, string patientId, string family)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = new NpgsqlCommand(MoveSql, connection, transaction);
            command.Parameters.AddWithValue("id", patientId);
            command.Parameters.AddWithValue("family", family);
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        return await LegacyWrites.StampAsync(connectionString, patientId);
    }
}
