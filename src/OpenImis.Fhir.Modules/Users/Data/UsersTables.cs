using Microsoft.EntityFrameworkCore;

namespace OpenImis.Fhir.Modules.Users.Data;

/// <summary>
/// The columns of openIMIS's user tables that the caller mapping reads, with openIMIS's names (note
/// <c>tblUserRole."AudituserID"</c> and <c>tblRoleRight."AuditUserId"</c>). Read-only: openIMIS manages its users.
/// </summary>
internal static class UsersTables
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<ImisUser>(b =>
        {
            b.ToTable("tblUsers");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).HasColumnName("UserID").ValueGeneratedOnAdd();
            b.Property(e => e.Uuid).HasColumnName("UserUUID").HasMaxLength(36).IsRequired();
            b.HasIndex(e => e.Uuid).IsUnique();
            b.Property(e => e.LoginName).HasColumnName("LoginName").HasMaxLength(25).IsRequired();
            b.Property(e => e.LastName).HasColumnName("LastName").HasMaxLength(100).IsRequired();
            b.Property(e => e.OtherNames).HasColumnName("OtherNames").HasMaxLength(100).IsRequired();
            b.Property(e => e.LanguageId).HasColumnName("LanguageID").HasMaxLength(5).IsRequired();
            b.Property(e => e.HealthFacilityId).HasColumnName("HFID");
            b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
            b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
            b.Property(e => e.LegacyId).HasColumnName("LegacyID");
            b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
        });
        model.Entity<Role>(b =>
        {
            b.ToTable("tblRole");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).HasColumnName("RoleID").ValueGeneratedOnAdd();
            b.Property(e => e.Uuid).HasColumnName("RoleUUID").HasMaxLength(36).IsRequired();
            b.Property(e => e.Name).HasColumnName("RoleName").HasMaxLength(50).IsRequired();
            b.Property(e => e.IsSystem).HasColumnName("IsSystem");
            b.Property(e => e.IsBlocked).HasColumnName("IsBlocked");
            b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
            b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
            b.Property(e => e.LegacyId).HasColumnName("LegacyID");
            b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
        });
        model.Entity<UserRole>(b =>
        {
            b.ToTable("tblUserRole");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).HasColumnName("UserRoleID").ValueGeneratedOnAdd();
            b.Property(e => e.UserId).HasColumnName("UserID");
            b.Property(e => e.RoleId).HasColumnName("RoleID");
            b.HasOne<ImisUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Role>().WithMany().HasForeignKey(e => e.RoleId).OnDelete(DeleteBehavior.Restrict);
            b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
            b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
            b.Property(e => e.LegacyId).HasColumnName("LegacyID");
            b.Property(e => e.AuditUserId).HasColumnName("AudituserID");
        });
        model.Entity<RoleRight>(b =>
        {
            b.ToTable("tblRoleRight");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).HasColumnName("RoleRightID").ValueGeneratedOnAdd();
            b.Property(e => e.RoleId).HasColumnName("RoleID");
            b.HasOne<Role>().WithMany().HasForeignKey(e => e.RoleId).OnDelete(DeleteBehavior.Restrict);
            b.Property(e => e.RightId).HasColumnName("RightID");
            b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
            b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
            b.Property(e => e.LegacyId).HasColumnName("LegacyID");
            b.Property(e => e.AuditUserId).HasColumnName("AuditUserId");
        });
        model.Entity<UserDistrict>(b =>
        {
            b.ToTable("tblUsersDistricts");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).HasColumnName("UserDistrictID").ValueGeneratedOnAdd();
            b.Property(e => e.UserId).HasColumnName("UserID");
            b.HasOne<ImisUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
            b.Property(e => e.LocationId).HasColumnName("LocationId");
            b.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
            b.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
            b.Property(e => e.LegacyId).HasColumnName("LegacyID");
            b.Property(e => e.AuditUserId).HasColumnName("AuditUserID");
        });
    }
}
