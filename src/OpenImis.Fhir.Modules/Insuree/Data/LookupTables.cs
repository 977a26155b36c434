using Microsoft.EntityFrameworkCore;

namespace OpenImis.Fhir.Modules.Insuree.Data;

/// <summary>The insuree lookup tables; their keys are assigned by hand, never generated.</summary>
internal static class LookupTables
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Gender>(b =>
        {
            b.ToTable("tblGender");
            b.HasKey(e => e.Code);
            b.Property(e => e.Code).HasColumnName("Code").HasMaxLength(1).ValueGeneratedNever();
            b.Property(e => e.Name).HasColumnName("Gender").HasMaxLength(50);
            b.Property(e => e.AltLanguage).HasColumnName("AltLanguage").HasMaxLength(50);
            b.Property(e => e.SortOrder).HasColumnName("SortOrder");
        });
        model.Entity<Relation>(b => Named(b.ToTable("tblRelations"), "RelationId", "Relation"));
        model.Entity<Profession>(b => Named(b.ToTable("tblProfessions"), "ProfessionId", "Profession"));
        model.Entity<Education>(b => Named(b.ToTable("tblEducations"), "EducationId", "Education"));
        model.Entity<IdentificationType>(b =>
        {
            b.ToTable("tblIdentificationTypes");
            b.HasKey(e => e.Code);
            b.Property(e => e.Code).HasColumnName("IdentificationCode").HasMaxLength(1).ValueGeneratedNever();
            b.Property(e => e.Name).HasColumnName("IdentificationTypes").HasMaxLength(50).IsRequired();
            b.Property(e => e.AltLanguage).HasColumnName("AltLanguage").HasMaxLength(50);
            b.Property(e => e.SortOrder).HasColumnName("SortOrder");
        });
        model.Entity<FamilyType>(b =>
        {
            b.ToTable("tblFamilyTypes");
            b.HasKey(e => e.Code);
            b.Property(e => e.Code).HasColumnName("FamilyTypeCode").HasMaxLength(2).ValueGeneratedNever();
            b.Property(e => e.Name).HasColumnName("FamilyType").HasMaxLength(50).IsRequired();
            b.Property(e => e.AltLanguage).HasColumnName("AltLanguage").HasMaxLength(50);
            b.Property(e => e.SortOrder).HasColumnName("SortOrder");
        });
        model.Entity<ConfirmationType>(b =>
        {
            b.ToTable("tblConfirmationTypes");
            b.HasKey(e => e.Code);
            b.Property(e => e.Code).HasColumnName("ConfirmationTypeCode").HasMaxLength(3).ValueGeneratedNever();
            b.Property(e => e.Name).HasColumnName("ConfirmationType").HasMaxLength(50).IsRequired();
            b.Property(e => e.AltLanguage).HasColumnName("AltLanguage").HasMaxLength(50);
            b.Property(e => e.SortOrder).HasColumnName("SortOrder");
            b.Property(e => e.IsConfirmationNumberRequired).HasColumnName("is_confirmation_number_required");
        });
    }

    // Relations, professions and educations share one shape: a smallint key and a name.
    private static void Named<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> b, string key, string name)
        where T : class
    {
        b.HasKey("Id");
        b.Property<short>("Id").HasColumnName(key).ValueGeneratedNever();
        b.Property<string>("Name").HasColumnName(name).HasMaxLength(50).IsRequired();
        b.Property<string?>("AltLanguage").HasColumnName("AltLanguage").HasMaxLength(50);
        b.Property<int?>("SortOrder").HasColumnName("SortOrder");
    }
}
